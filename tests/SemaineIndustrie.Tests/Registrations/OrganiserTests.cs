using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using static SemaineIndustrie.Tests.Registrations.ApiTests;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>The organiser's side: who sees the registrants, the spreadsheet, closing, capacity, messages, check-in, attendance.</summary>
public class OrganiserTests
{
    public static TheoryData<DatabaseProvider> Providers => RegistrationsApp.Providers;

    /// <summary>The Fonderie du Quercy's event is in the Lot (46), in Occitanie (76).</summary>
    public static TheoryData<string, HttpStatusCode, bool> Security => new()
    {
        { People.Anonymous, HttpStatusCode.Redirect, false },
        { People.Organiser, HttpStatusCode.OK, true },
        { People.OtherMember, HttpStatusCode.Redirect, false },
        { People.LotReviewer, HttpStatusCode.OK, false },
        { People.GersReviewer, HttpStatusCode.Redirect, false },
        { People.OccitanieCoordinator, HttpStatusCode.OK, false },
        { People.BretagneCoordinator, HttpStatusCode.Redirect, false },
        { People.Administrator, HttpStatusCode.OK, false },
    };

    [Theory, MemberData(nameof(Security))]
    public async Task OnlyTheOrganisationAndTheReviewersOfItsTerritorySeeTheRegistrantsAndOnlyTheOrganisationActs(string person, HttpStatusCode expected, bool acts)
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync();
        await PostAsync(app.App.CreateClient(), session, new { kind = "individual", name = "Nadia Secret", email = $"secret-{Guid.NewGuid():N}@orga.test", places = 1 });
        var client = await app.ClientAsync(person);

        var list = await client.GetAsync($"/inscriptions/gestion/creneau/{session}");
        var csv = await client.GetAsync($"/inscriptions/gestion/creneau/{session}?handler=Csv");
        var checkIn = await client.GetAsync($"/inscriptions/gestion/creneau/{session}/accueil");

        Assert.Equal(expected, list.StatusCode);
        Assert.Equal(expected, csv.StatusCode);
        Assert.Equal(acts ? HttpStatusCode.OK : HttpStatusCode.Redirect, checkIn.StatusCode);
        if (expected == HttpStatusCode.OK)
            Assert.Contains("Nadia Secret", await list.Content.ReadAsStringAsync());
        else
            Assert.Equal(person == People.Anonymous ? "/compte/connexion" : "/compte/acces-refuse", list.Headers.Location!.AbsolutePath);
        if (!acts && expected == HttpStatusCode.OK)
        {
            // A reviewer reads but is offered no action, and a crafted post (with the reviewer's own antiforgery token) is refused.
            var reviewerPage = await client.GetDocumentAsync($"/inscriptions/gestion/creneau/{session}");
            Assert.Null(reviewerPage.QuerySelector("#cloture"));
            var anyForm = await client.GetDocumentAsync($"/inscriptions/creneau/{session}");
            var values = Forms.CurrentValues((AngleSharp.Html.Dom.IHtmlFormElement)anyForm.QuerySelector("#formulaire-inscription")!)
                .Where(v => v.Name == "__RequestVerificationToken");
            var post = await client.PostFormAsync($"/inscriptions/gestion/creneau/{session}?handler=Close", values, [("closed", "true")]);
            Assert.Equal("/compte/acces-refuse", post.Headers.Location!.AbsolutePath);
            Assert.False(await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.RegistrationsClosed).SingleAsync()));
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheOrganiserCancellingTheEventTellsEveryRegistrantWhyAndReleasesThePlaces(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 3);
        var email = $"annulation-{Guid.NewGuid():N}@orga.test";
        await PostAsync(app.App.CreateClient(), session, new { kind = "individual", name = "Jeanne Annulée", email, places = 3 });
        var eventId = await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.EventId).SingleAsync());
        var organiser = await app.ClientAsync(People.Organiser);

        var cancelled = await organiser.SubmitAsync($"/organisateur/evenements/{eventId}", [("reason", "Inondation de l’atelier.")], "#annulation");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var mail = app.Mail.Last(email);
        Assert.StartsWith("Événement annulé : ", mail.Subject);
        Assert.Contains("Motif : Inondation de l’atelier.", mail.Body);
        var (status, places) = await app.App.WithDbAsync(async db => (
            await db.Registrations.Where(r => r.SessionId == session).Select(r => r.Status).SingleAsync(),
            await db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync()));
        Assert.Equal((RegistrationStatus.Cancelled, 0), (status, places));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheSpreadsheetOpensInAFrenchExcelAndNeutralisesFormulas(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync();
        var partner = app.App.CreateClient();
        await PostAsync(partner, session, new { kind = "individual", name = "=HYPERLINK(\"http://evil.test\";\"clic\")", email = "formule@orga.test", places = 2 });
        await PostAsync(partner, session, new { kind = "group", establishment = "Lycée; Champollion", level = "1re", pupils = 20, adults = 2, name = "M. Roux", email = "roux@orga.test" });
        var organiser = await app.ClientAsync(People.Organiser);

        var response = await organiser.GetAsync($"/inscriptions/gestion/creneau/{session}?handler=Csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("inscriptions-creneau-", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("N° d’arrivée;Statut;Type;Nom;Adresse électronique;", lines[0]);
        Assert.StartsWith("1;Confirmée;Individuel;\"'=HYPERLINK(\"\"http://evil.test\"\";\"\"clic\"\")\";formule@orga.test;;2;0;0;", lines[1]);
        Assert.Contains(";\"Lycée; Champollion\";", lines[2]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheOrganiserClosesRegistrationsThenRaisesTheCapacityWhichServesTheWaitingList(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 2);
        var partner = app.App.CreateClient();
        await PostAsync(partner, session, new { kind = "individual", name = "Un", email = "un@orga.test", places = 2 });
        await PostAsync(partner, session, new { kind = "individual", name = "Deux", email = "deux@orga.test", places = 1 });
        var organiser = await app.ClientAsync(People.Organiser);
        var page = $"/inscriptions/gestion/creneau/{session}";

        var closed = await organiser.SubmitAsync(page, formSelector: "#cloture");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var refused = await PostAsync(partner, session, new { kind = "individual", name = "Trois", email = "trois@orga.test", places = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var eventId = await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.EventId).SingleAsync());
        var eventPage = await partner.GetDocumentAsync($"/evenements/{eventId}");
        Assert.Contains("inscriptions closes", eventPage.QuerySelector("#creneaux + .fr-table")!.TextContent);
        Assert.Null(eventPage.QuerySelector($"#inscription-{session}"));

        var tooSmall = await organiser.SubmitAsync(page, [("capacity", "1")], "#capacite");
        Assert.Contains("La capacité doit être d’au moins 2", string.Join(" ", await tooSmall.FieldErrorsAsync()));
        await organiser.SubmitAsync(page, [("capacity", "5")], "#capacite");

        Assert.StartsWith("Une place s’est libérée", app.Mail.Last("deux@orga.test").Subject);
        Assert.Equal(3, await FormTests.PlacesTakenAsync(app, session));
        var reopened = await organiser.SubmitAsync(page, formSelector: "#cloture");
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(partner, session, new { kind = "individual", name = "Trois", email = "trois@orga.test", places = 1 })).StatusCode);
    }

    [Fact]
    public async Task TheOrganiserLimitsThePlacesOnePersonMayBook()
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync(capacity: 30);
        var organiser = await app.ClientAsync(People.Organiser);
        var page = $"/inscriptions/gestion/creneau/{session}";

        var wrong = await organiser.SubmitAsync(page, [("maxPerPerson", "40")], "#limite");
        Assert.Contains("Indiquez un nombre de 1 à 30, ou laissez vide pour 10.", await wrong.FieldErrorsAsync());
        await organiser.SubmitAsync(page, [("maxPerPerson", "4")], "#limite");

        var tooMany = await PostAsync(app.App.CreateClient(), session, new { kind = "individual", name = "Famille Roux", email = "roux-famille@orga.test", places = 5 });
        Assert.Equal("Une inscription compte au plus 4 places pour ce créneau. Un groupe (une classe…) s’inscrit comme groupe.",
            (await JsonAsync(tooMany)).GetProperty("errors").GetProperty("places")[0].GetString());
    }

    [Fact]
    public async Task TheOrganiserWritesToTheRegistrantsWhoGetTheMessageWithTheirLink()
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync(capacity: 1);
        var partner = app.App.CreateClient();
        await PostAsync(partner, session, new { kind = "individual", name = "Confirmée", email = "lue@orga.test", places = 1 });
        await PostAsync(partner, session, new { kind = "individual", name = "En attente", email = "attend@orga.test", places = 1 });
        var organiser = await app.ClientAsync(People.Organiser);

        var sent = await organiser.SubmitAsync($"/inscriptions/gestion/creneau/{session}",
            [("Message.Subject", "Parking"), ("Message.Body", "Garez-vous rue des Forges, le portail sera ouvert.")], "#ecrire");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mail = app.Mail.Last("lue@orga.test");
        Assert.StartsWith("Parking – ", mail.Subject);
        Assert.Contains("Fonderie du Quercy, qui organise cet événement, vous écrit :\n\nGarez-vous rue des Forges", mail.Body.Replace("\r\n", "\n"));
        Assert.DoesNotContain(app.Mail.To("attend@orga.test"), m => m.Subject.StartsWith("Parking"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OnTheDayTheOrganiserChecksPeopleInThenReportsAttendanceByAudience(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 40, startsIn: TimeSpan.FromMinutes(30));
        var partner = app.App.CreateClient();
        await PostAsync(partner, session, new { kind = "group", establishment = "Collège Gambetta", level = "4e", pupils = 24, adults = 2, name = "Mme Martin", email = "martin@orga.test" });
        await PostAsync(partner, session, new { kind = "individual", name = "Hugo Blanc", email = "hugo@orga.test", places = 1 });
        var organiser = await app.ClientAsync(People.Organiser);
        var desk = $"/inscriptions/gestion/creneau/{session}/accueil";

        var found = await organiser.GetDocumentAsync(desk + "?q=gambetta");
        Assert.Single(found.QuerySelectorAll(".si-checkin > li"));
        var arrived = await organiser.SubmitAsync(desk + "?q=gambetta", formSelector: ".si-checkin form");
        Assert.Equal(HttpStatusCode.Redirect, arrived.StatusCode);
        var after = await organiser.GetDocumentAsync(desk);
        Assert.Equal("26 présents, 1 attendus encore", after.QuerySelector("#compte")!.TextContent.Trim());

        var eventId = await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.EventId).SingleAsync());
        await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(e => e.SetProperty(x => x.StartsAtUtc, DateTime.UtcNow.AddMinutes(-5))));
        var report = $"/inscriptions/gestion/evenement/{eventId}/bilan";
        Assert.Contains("26 présents pointés à l’accueil, dont 24 élèves", (await organiser.GetDocumentAsync(report)).QuerySelector("#inscriptions")!.TextContent);
        var bad = await organiser.SubmitAsync(report, [("People[collegiens]", "-3")]);
        Assert.Contains("Indiquez un nombre de personnes, en chiffres (0 ou plus).", await bad.FieldErrorsAsync());
        await organiser.SubmitAsync(report, [("People[collegiens]", "24"), ("People[enseignants]", "2"), ("People[grand-public]", "3")]);

        var rows = await app.App.WithDbAsync(db => db.Attendances.Where(a => a.EventId == eventId).OrderBy(a => a.AudienceCode)
            .Select(a => new { a.AudienceCode, a.People }).ToListAsync());
        Assert.Equal([("collegiens", 24), ("enseignants", 2), ("grand-public", 3)], rows.Select(r => (r.AudienceCode, r.People)));
        var reader = await app.ClientAsync(People.LotReviewer);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.GetAsync(report)).StatusCode);
    }
}
