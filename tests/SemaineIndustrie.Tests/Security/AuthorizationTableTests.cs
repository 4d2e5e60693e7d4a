using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using SemaineIndustrie.Web.Registrations;
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
            // Every person posts registrations in turn from the same address: its limit is not what this table checks.
            App = await AccountsApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["RateLimits:Registrations:PerAddress"] = "1000" });
            foreach (var person in P.All) Clients[person] = await App.ClientAsync(person);
            await App.App.WithDbAsync(async db =>
            {
                async Task<string> Id(string title) => (await db.Events.Where(e => e.Title == title).Select(e => e.Id).SingleAsync()).ToString();
                Ids["lotSubmitted"] = await Id(KnownCatalogue.LotSubmitted);
                Ids["lotLabelled"] = await Id(KnownCatalogue.LotVisit);
                Ids["gersLabelled"] = await Id(KnownCatalogue.GersOpenDay);
                Ids["organiserAccount"] = await db.Users.Where(u => u.Email == P.Organiser).Select(u => u.Id).SingleAsync();
                Ids["lot2021"] = await Id(KnownCatalogue.Lot2021);
                Ids["jobSession"] = (await db.Sessions.Where(x => x.Event!.Title == KnownCatalogue.LotJobDating).Select(x => x.Id).SingleAsync()).ToString();
                Ids["foundry"] = (await db.Organisations.Where(o => o.Name == "Fonderie du Quercy").Select(o => o.Id).SingleAsync()).ToString();
                // Both Lot events have a picture: the submitted one's is not public yet.
                foreach (var id in new[] { Ids["lotSubmitted"], Ids["lotLabelled"] }.Select(int.Parse))
                {
                    db.EventPictures.Add(new EventPicture { EventId = id, Content = Organiser.TestPictures.Jpeg(400, 200), ContentType = "image/jpeg", Width = 400, Height = 200 });
                    await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.PictureVersion, "v1").SetProperty(e => e.PictureAlt, "Atelier"));
                }
                await db.SaveChangesAsync();
                // The Lot visit's session has two registrations, each with its private link: one to read, one to cancel.
                var session = await db.Sessions.SingleAsync(x => x.EventId == int.Parse(Ids["lotLabelled"]));
                Ids["lotSession"] = session.Id.ToString();
                Ids["lotSubmittedSession"] = (await db.Sessions.Where(x => x.EventId == int.Parse(Ids["lotSubmitted"])).Select(x => x.Id).SingleAsync()).ToString();
                foreach (var (token, n) in new[] { (RegistrationToken, 1), (CancelToken, 2) })
                {
                    var registration = new Registration
                    {
                        SessionId = session.Id, Kind = RegistrationKind.Individual, Status = RegistrationStatus.Confirmed, ArrivalNumber = n, Places = 1,
                        Name = $"Inscrit {n}", Email = $"inscrit{n}@exemple.test", EmailKey = $"inscrit{n}@exemple.test", ConfirmedAtUtc = DateTime.UtcNow,
                    };
                    registration.Links.Add(new RegistrationLink { TokenHash = PrivateToken.Hash(token), CreatedAtUtc = DateTime.UtcNow });
                    db.Registrations.Add(registration);
                }
                session.Arrivals = 2;
                session.PlacesTaken = 2;
                Ids["token"] = RegistrationToken;
                Ids["cancelToken"] = CancelToken;
                await db.SaveChangesAsync();
                // The Gers event waits for review, so that the Gers reviewer has something to open.
                await db.Events.Where(e => e.Title == KnownCatalogue.GersOpenDay).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Submitted));
            });
        }

        public async Task DisposeAsync() => await App.DisposeAsync();

        private const string RegistrationToken = "jeton-prive-de-lecture-du-tableau-des-droits";
        private const string CancelToken = "jeton-prive-d-annulation-du-tableau-des-droits";
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
        { "POST /comite/evenements/{lotSubmitted}?handler=Label", "login denied denied ok 404 ok 404 ok" },
        { "POST /comite/evenements/{lotLabelled}?handler=Feature", "login denied denied ok 404 ok 404 ok" },
        // What everyone may read: the public pages, a published event and its department, the legal pages.
        { "GET /", "ok ok ok ok ok ok ok ok" },
        { "GET /evenements?q=fonderie&department=46", "ok ok ok ok ok ok ok ok" },
        { "GET /evenements/{lotLabelled}", "ok ok ok ok ok ok ok ok" },
        { "GET /evenements/{lotSubmitted}", "404 404 404 404 404 404 404 404" },
        { "GET /editions", "ok ok ok ok ok ok ok ok" },
        { "GET /departements", "ok ok ok ok ok ok ok ok" },
        { "GET /departements/46", "ok ok ok ok ok ok ok ok" },
        { "GET /departements/2Z", "404 404 404 404 404 404 404 404" },
        { "GET /departements/46/integration", "ok ok ok ok ok ok ok ok" },
        { "GET /departements/46/programme?handler=Pdf", "ok ok ok ok ok ok ok ok" },
        { "GET /regions/76", "ok ok ok ok ok ok ok ok" },
        { "GET /accessibilite", "ok ok ok ok ok ok ok ok" },
        { "GET /donnees-personnelles", "ok ok ok ok ok ok ok ok" },
        { "GET /mentions-legales", "ok ok ok ok ok ok ok ok" },
        { "GET /plan-du-site", "ok ok ok ok ok ok ok ok" },
        { "GET /erreur/404", "404 404 404 404 404 404 404 404" },
        { "POST /erreur/404", "404 404 404 404 404 404 404 404" },
        // Accounts: the forms anyone may fill in; signing out ends the session of whoever asks, and only theirs.
        { "GET /compte/acces-refuse", "403 403 403 403 403 403 403 403" },
        { "POST /compte/connexion", "ok ok ok ok ok ok ok ok" },
        { "GET /compte/inscription", "ok ok ok ok ok ok ok ok" },
        { "POST /compte/inscription", "ok ok ok ok ok ok ok ok" },
        { "GET /compte/confirmer", "ok ok ok ok ok ok ok ok" },
        { "GET /compte/mot-de-passe-oublie", "ok ok ok ok ok ok ok ok" },
        { "POST /compte/mot-de-passe-oublie", "ok ok ok ok ok ok ok ok" },
        { "GET /compte/renvoyer-confirmation", "ok ok ok ok ok ok ok ok" },
        { "POST /compte/renvoyer-confirmation", "ok ok ok ok ok ok ok ok" },
        { "GET /compte/nouveau-mot-de-passe", "ok ok ok ok ok ok ok ok" },
        { "POST /compte/nouveau-mot-de-passe", "ok ok ok ok ok ok ok ok" },
        // ProConnect, the State's sign-in, is not configured here: its addresses do not exist.
        { "GET /compte/proconnect", "404 404 404 404 404 404 404 404" },
        { "POST /compte/proconnect", "404 404 404 404 404 404 404 404" },
        { "GET /compte/proconnect/retour", "404 404 404 404 404 404 404 404" },
        { "POST /compte?handler=Digest", "login ok ok ok ok ok ok ok" },
        { "GET /compte/deconnexion", "ok ok ok ok ok ok ok ok" },
        { "POST /compte/deconnexion", "ok ok ok ok ok ok ok ok" },
        // Organisers: their own events and organisations only.
        { "POST /organisateur?handler=Reconduire&id={lot2021}", "login ok 404 404 404 404 404 404" },
        { "POST /organisateur/evenements?handler=Save", "login ok ok ok ok ok ok ok" },
        { "POST /organisateur/evenements/{lotSubmitted}?handler=AddSession", "login ok 404 404 404 404 404 404" },
        { "POST /organisateur/evenements/{lotSubmitted}?handler=RemoveSession", "login ok 404 404 404 404 404 404" },
        { "POST /organisateur/evenements/{lotSubmitted}?handler=Submit", "login ok 404 404 404 404 404 404" },
        { "POST /organisateur/evenements/{lotSubmitted}?handler=Withdraw", "login ok 404 404 404 404 404 404" },
        { "POST /organisateur/structures/nouvelle", "login ok ok ok ok ok ok ok" },
        // Registrations, as organisers handle them: the registrants' names for the organisation and the reviewers of
        // the event's territory; acting on them (check-in, capacity, messages, attendance) for the organisation alone.
        { "GET /inscriptions/gestion", "login ok ok ok ok ok ok ok" },
        { "GET /inscriptions/gestion/creneau/{lotSession}", "login ok denied ok denied ok denied ok" },
        { "GET /inscriptions/gestion/creneau/{lotSession}?handler=Csv", "login ok denied ok denied ok denied ok" },
        { "POST /inscriptions/gestion/creneau/{jobSession}?handler=Capacity", "login ok denied denied denied denied denied denied" },
        { "POST /inscriptions/gestion/creneau/{jobSession}?handler=Close", "login ok denied denied denied denied denied denied" },
        { "POST /inscriptions/gestion/creneau/{jobSession}?handler=Limit", "login ok denied denied denied denied denied denied" },
        { "POST /inscriptions/gestion/creneau/{jobSession}?handler=Write", "login ok denied denied denied denied denied denied" },
        { "GET /inscriptions/gestion/creneau/{jobSession}/accueil", "login ok denied denied denied denied denied denied" },
        { "POST /inscriptions/gestion/creneau/{jobSession}/accueil", "login ok denied denied denied denied denied denied" },
        { "GET /inscriptions/gestion/evenement/{lotLabelled}/bilan", "login ok denied denied denied denied denied denied" },
        { "POST /inscriptions/gestion/evenement/{lotLabelled}/bilan", "login ok denied denied denied denied denied denied" },
        // Registrations, as visitors make them: anyone, on a published event; the private link opens its registration.
        { "GET /inscriptions/creneau/{lotSession}", "ok ok ok ok ok ok ok ok" },
        { "POST /inscriptions/creneau/{lotSession}", "ok ok ok ok ok ok ok ok" },
        { "GET /inscriptions/creneau/{lotSubmittedSession}", "404 404 404 404 404 404 404 404" },
        { "GET /inscriptions/{token}", "ok ok ok ok ok ok ok ok" },
        { "GET /inscriptions/jeton-inconnu", "404 404 404 404 404 404 404 404" },
        { "POST /inscriptions/{cancelToken}?handler=Cancel", "ok ok ok ok ok ok ok ok" },
        // The public API and the open data: the same answer for everyone, signed in or not.
        { "GET /api/v1/events?q=fonderie&department=46", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/events/{lotLabelled}", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/events/{lotSubmitted}", "404 404 404 404 404 404 404 404" },
        { "GET /api/v1/events/{lotLabelled}.ics", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/events.geojson", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/events.csv", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/events.ics", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/events.rss", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/events.atom", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/communes?q=cahors", "ok ok ok ok ok ok ok ok" },
        { "GET /api/v1/inconnue", "404 404 404 404 404 404 404 404" },
        { "POST /api/v1/sessions/{lotSession}/registrations {}", "400 400 400 400 400 400 400 400" },
        { "POST /api/v1/sessions/{lotSubmittedSession}/registrations " + RegistrationBody, "404 404 404 404 404 404 404 404" },
        { "GET /openapi/v1.json", "ok ok ok ok ok ok ok ok" },
        { "GET /health", "ok ok ok ok ok ok ok ok" },
    };

    private const string RegistrationBody = """{"kind":"individual","name":"Camille Martin","email":"camille.martin@exemple.test","places":1}""";

    [Theory, MemberData(nameof(Table))]
    public async Task EachPersonGetsTheExpectedAnswer(string request, string expected)
    {
        var parts = request.Split(' ', 3);
        var url = Placeholder().Replace(parts[1], m => fixture.Ids[m.Groups[1].Value]);
        // Signing out ends the client's session: that row gets clients of its own.
        var own = url.StartsWith("/compte/deconnexion", StringComparison.Ordinal) && parts[0] == "POST";
        var answers = new List<string>();
        foreach (var person in P.All)
        {
            var client = own ? await fixture.App.ClientAsync(person) : fixture.Clients[person];
            HttpResponseMessage response;
            if (parts[0] == "GET") response = await client.GetAsync(url);
            else if (parts.Length == 3) response = await client.PostAsync(url, new StringContent(parts[2], Encoding.UTF8, "application/json"));
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

    /// <summary>
    /// The table is complete: every endpoint of the application (each page's handlers, each API route) is asked at
    /// least once by a row, so that a new page or handler cannot be added without saying who may use it.
    /// Files served as built (MapStaticAssets, and its fallback for files, <c>{**path:file}</c>) are the only endpoints left out.
    /// </summary>
    [Fact]
    public async Task TheTableAsksEveryPageHandlerAndEveryApiRoute()
    {
        var services = fixture.App.App.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var endpoints = new List<(string Route, Regex Pattern, int Literals, string Method, string Handler)>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.Any(m => m.GetType().Namespace == "Microsoft.AspNetCore.StaticAssets")
                || endpoint.RoutePattern.Parameters.Any(p => p.ParameterPolicies.Any(x => x.Content == "file"))) continue;
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var (pattern, literals) = Matcher(endpoint.RoutePattern);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                // A page answers GET without a handler of its own; it answers POST only through one.
                var handlers = (await loader.LoadAsync(page, endpoint.Metadata)).HandlerMethods
                    .Select(h => (Method: h.HttpMethod.ToUpperInvariant(), Handler: h.Name ?? "")).Append((Method: "GET", Handler: "")).Distinct();
                endpoints.AddRange(handlers.Select(h => (page.ViewEnginePath, pattern, literals, h.Method, h.Handler)));
            }
            else
                foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                    endpoints.Add((route, pattern, literals, method, ""));
        }
        Assert.Contains(endpoints, e => e.Route == "/Admin/Comptes/Compte" && e.Handler == "Revoke");
        Assert.Contains(endpoints, e => e.Route == "/api/v1/sessions/{sessionId:int}/registrations" && e.Method == "POST");

        var asked = new HashSet<(string Route, string Method, string Handler)>();
        foreach (var row in Table.Select(r => (string)r[0]))
        {
            var parts = row.Split(' ', 3);
            var url = new Uri("http://site" + Placeholder().Replace(parts[1], m => fixture.Ids[m.Groups[1].Value]));
            var path = Uri.UnescapeDataString(url.AbsolutePath);
            var handler = QueryHelpers.ParseQuery(url.Query).TryGetValue("handler", out var h) ? h.ToString() : "";
            // The most specific route takes the request, as routing does: the one with the most literal parts.
            var matches = endpoints.Where(e => e.Pattern.Match(path) is { Success: true }).ToList();
            Assert.True(matches.Count > 0, $"« {row} » does not reach any endpoint.");
            var best = matches.Max(e => e.Literals);
            foreach (var e in matches.Where(e => e.Literals == best))
            {
                var routed = e.Pattern.Match(path).Groups["handler"] is { Success: true } g ? g.Value : handler;
                asked.Add((e.Route, parts[0], routed));
            }
        }
        var missing = endpoints.Select(e => (e.Route, e.Method, e.Handler)).Distinct()
            .Where(e => !asked.Contains(e) && !asked.Contains((e.Route, e.Method, e.Handler.ToLowerInvariant())))
            .Select(e => $"{e.Method} {e.Route} {e.Handler}".TrimEnd()).Order().ToList();
        Assert.True(missing.Count == 0, "Endpoints the table does not ask:\n" + string.Join("\n", missing));
    }

    /// <summary>A route pattern as a regular expression on a path, with its number of literal parts.</summary>
    private static (Regex Pattern, int Literals) Matcher(RoutePattern route)
    {
        var regex = new StringBuilder("^");
        var literals = 0;
        foreach (var segment in route.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
                text.Append(part switch
                {
                    RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
                    RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
                    RoutePatternParameterPart { IsCatchAll: true } p => $"(?<{p.Name}>.*)",
                    RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "int") => $"(?<{p.Name}>\\d+)",
                    RoutePatternParameterPart p => $"(?<{p.Name}>[^/]+)",
                    _ => "",
                });
            literals += segment.Parts.Count(p => p is RoutePatternLiteralPart);
            regex.Append(segment.Parts is [RoutePatternParameterPart { IsOptional: true } or RoutePatternParameterPart { IsCatchAll: true }]
                ? $"(/{text})?" : $"/{text}");
        }
        if (route.PathSegments.Count == 0) regex.Append('/');
        return (new Regex(regex.Append("/?$").ToString(), RegexOptions.IgnoreCase), literals);
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
