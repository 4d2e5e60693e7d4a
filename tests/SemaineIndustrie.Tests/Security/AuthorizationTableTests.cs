using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using P = SemaineIndustrie.Tests.Infrastructure.People;

namespace SemaineIndustrie.Tests.Security;

/// <summary>
/// Every page and endpoint of accounts, organisers, committees and administration, for each kind of person: the answer
/// expected. « login » is a redirect to the sign-in page, « denied » to the access-denied page (401 for the JSON
/// endpoint), « 404 » an event or organisation outside the person’s reach, « ok » a 200 or, for a
/// post, the redirect that follows an accepted form.
/// </summary>
public sealed partial class AuthorizationTableTests(AuthorizationTableTests.Fixture fixture) : IClassFixture<AuthorizationTableTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public AccountsApp App { get; private set; } = null!;
        public Dictionary<string, HttpClient> Clients { get; } = [];
        public Dictionary<string, string> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            App = await AccountsApp.StartAsync(DatabaseProvider.Sqlite);
            foreach (var person in P.All) Clients[person] = await App.ClientAsync(person);
            await App.App.WithDbAsync(async db =>
            {
                async Task<string> Id(string title) => (await db.Events.Where(e => e.Title == title).Select(e => e.Id).SingleAsync()).ToString();
                Ids["lotSubmitted"] = await Id(KnownCatalogue.LotSubmitted);
                Ids["lotLabelled"] = await Id(KnownCatalogue.LotVisit);
                Ids["gersLabelled"] = await Id(KnownCatalogue.GersOpenDay);
                Ids["organiserAccount"] = await db.Users.Where(u => u.Email == P.Organiser).Select(u => u.Id).SingleAsync();
                Ids["foundry"] = (await db.Organisations.Where(o => o.Name == "Fonderie du Quercy").Select(o => o.Id).SingleAsync()).ToString();
                // Both Lot events have a picture: the submitted one's is not public yet.
                foreach (var id in new[] { Ids["lotSubmitted"], Ids["lotLabelled"] }.Select(int.Parse))
                {
                    db.EventPictures.Add(new EventPicture { EventId = id, Content = Organiser.TestPictures.Jpeg(400, 200), ContentType = "image/jpeg", Width = 400, Height = 200 });
                    await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.PictureVersion, "v1").SetProperty(e => e.PictureAlt, "Atelier"));
                }
                await db.SaveChangesAsync();
                // The Gers event waits for review, so that the Gers reviewer has something to open.
                await db.Events.Where(e => e.Title == KnownCatalogue.GersOpenDay).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Submitted));
            });
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    // Columns: anonymous, organiser, other organisation's member, Lot reviewer, Gers reviewer, Occitanie coordinator, Bretagne coordinator, administrator.
    public static TheoryData<string, string> Table => new()
    {
        { "GET /compte", "login ok ok ok ok ok ok ok" },
        { "GET /compte/connexion", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/events.map.geojson", "ok ok ok ok ok ok ok ok" },
        { "GET /organisateur", "login ok ok ok ok ok ok ok" },
        { "GET /organisateur/evenements", "login ok ok ok ok ok ok ok" },
        { "GET /organisateur/evenements/{lotSubmitted}", "login ok 404 404 404 404 404 404" },
        { "POST /organisateur/evenements/{lotSubmitted}?handler=Save", "login ok 404 404 404 404 404 404" },
        { "POST /organisateur/evenements/{lotLabelled}?handler=Cancel", "login ok 404 404 404 404 404 404" },
        { "GET /evenements/{lotSubmitted}/image", "404 ok 404 ok 404 ok 404 ok" },
        { "GET /evenements/{lotLabelled}/image?v=v1", "ok ok ok ok ok ok ok ok" },
        { "GET /organisateur/structures/{foundry}", "login ok 404 404 404 404 404 404" },
        { "POST /organisateur/structures/{foundry}?handler=AddMember", "login ok 404 404 404 404 404 404" },
        { "GET /organisateur/structures/nouvelle", "login ok ok ok ok ok ok ok" },
        { "GET /comite", "login denied denied ok ok ok ok ok" },
        { "GET /comite/region", "login denied denied ok ok ok ok ok" },
        { "GET /comite/evenements/{lotSubmitted}", "login denied denied ok 404 ok 404 ok" },
        { "GET /comite/evenements/{gersLabelled}", "login denied denied 404 ok ok 404 ok" },
        { "POST /comite/evenements/{lotSubmitted}?handler=RequestChanges", "login denied denied ok 404 ok 404 ok" },
        { "POST /comite/evenements/{gersLabelled}?handler=Refuse", "login denied denied 404 ok ok 404 ok" },
        { "POST /comite?handler=Label", "login denied denied ok ok ok ok ok" },
        { "GET /admin", "login denied denied denied denied denied denied ok" },
        { "GET /admin/inviter", "login denied denied denied denied denied denied ok" },
        { "POST /admin/inviter", "login denied denied denied denied denied denied ok" },
        { "GET /admin/editions", "login denied denied denied denied denied denied ok" },
        { "POST /admin/editions?handler=Open", "login denied denied denied denied denied denied 404" },
        { "POST /admin/editions?handler=Close", "login denied denied denied denied denied denied 404" },
        { "POST /admin/editions?handler=Archive", "login denied denied denied denied denied denied 404" },
        { "GET /admin/editions/nouvelle", "login denied denied denied denied denied denied ok" },
        { "POST /admin/editions/nouvelle", "login denied denied denied denied denied denied ok" },
        { "GET /admin/editions/2026/modifier", "login denied denied denied denied denied denied ok" },
        { "POST /admin/editions/2026/modifier", "login denied denied denied denied denied denied ok" },
        { "GET /admin/listes", "login denied denied denied denied denied denied ok" },
        { "GET /admin/listes/filieres", "login denied denied denied denied denied denied ok" },
        { "POST /admin/listes/types?handler=Add", "login denied denied denied denied denied denied ok" },
        { "POST /admin/listes/types?handler=Rename", "login denied denied denied denied denied denied 404" },
        { "POST /admin/listes/types?handler=Retire", "login denied denied denied denied denied denied 404" },
        { "POST /admin/listes/types?handler=Restore", "login denied denied denied denied denied denied 404" },
        { "GET /admin/comptes", "login denied denied denied denied denied denied ok" },
        { "GET /admin/comptes/{organiserAccount}", "login denied denied denied denied denied denied ok" },
        { "POST /admin/comptes/{organiserAccount}?handler=Grant", "login denied denied denied denied denied denied ok" },
        { "POST /admin/comptes/{organiserAccount}?handler=Revoke", "login denied denied denied denied denied denied 404" },
        { "POST /admin/comptes/inconnu?handler=Lock", "login denied denied denied denied denied denied 404" },
        { "POST /admin/comptes/inconnu?handler=Unlock", "login denied denied denied denied denied denied 404" },
        { "GET /admin/journal", "login denied denied denied denied denied denied ok" },
        { "GET /comite/pilotage", "login denied denied ok ok ok ok ok" },
        // Statistics and the communication kit (issue 6): public figures and printables, agents' figures and press release.
        { "GET /statistiques", "ok ok ok ok ok ok ok ok" },
        { "GET /statistiques?department=46&handler=Csv&figure=types", "ok ok ok ok ok ok ok ok" },
        { "GET /statistiques/bilan?department=46", "ok ok ok ok ok ok ok ok" },
        { "GET /statistiques/bilan?department=46&handler=Pdf", "ok ok ok ok ok ok ok ok" },
        { "GET /evenements/{lotLabelled}/affiche", "ok ok ok ok ok ok ok ok" },
        { "GET /evenements/{lotLabelled}/affiche?handler=Pdf", "ok ok ok ok ok ok ok ok" },
        { "GET /evenements/{lotSubmitted}/affiche", "404 404 404 404 404 404 404 404" },
        { "GET /departements/46/programme", "ok ok ok ok ok ok ok ok" },
        { "GET /comite/statistiques", "login denied denied ok ok ok ok ok" },
        { "GET /comite/statistiques?handler=Csv&figure=etats", "login denied denied ok ok ok ok ok" },
        { "GET /comite/communique?department=46", "login denied denied ok 404 ok 404 ok" },
        { "GET /comite/pilotage/32", "login denied denied denied ok ok denied ok" },
        { "GET /comite/pilotage/46", "login denied denied ok denied ok denied ok" },
        { "POST /comite/pilotage/32?handler=Lead", "login denied denied denied ok ok denied ok" },
        { "POST /comite/pilotage/32?handler=Add", "login denied denied denied ok ok denied ok" },
        { "POST /comite/pilotage/32?handler=Remove", "login denied denied denied 404 404 denied 404" },
    };

    [Theory, MemberData(nameof(Table))]
    public async Task EachPersonGetsTheExpectedAnswer(string request, string expected)
    {
        var parts = request.Split(' ');
        var url = Placeholder().Replace(parts[1], m => fixture.Ids[m.Groups[1].Value]);
        var answers = new List<string>();
        foreach (var person in P.All)
        {
            var client = fixture.Clients[person];
            HttpResponseMessage response;
            if (parts[0] == "GET") response = await client.GetAsync(url);
            else
            {
                // A valid antiforgery token of this person, taken from a page everyone may open; the form itself is
                // empty or incomplete, so that an accepted post changes nothing (validation sends it back).
                var token = Token().Match(await client.GetStringAsync("/compte/connexion")).Groups[1].Value;
                response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            }
            answers.Add(Describe(response));
        }
        Assert.Equal(expected, string.Join(' ', answers));
    }

    private static string Describe(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => "ok",
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/compte/connexion") => "login",
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/compte/acces-refuse") => "denied",
        HttpStatusCode.Redirect => "ok",
        var status => ((int)status).ToString(),
    };

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
