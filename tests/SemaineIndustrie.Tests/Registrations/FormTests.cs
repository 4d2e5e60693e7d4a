using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>The public registration form, as a visitor fills it in: no account, a private link by mail.</summary>
public class FormTests
{
    public static TheoryData<DatabaseProvider> Providers => RegistrationsApp.Providers;

    internal static Task<HttpResponseMessage> RegisterAsync(HttpClient client, int sessionId, string query, params (string, string)[] fields) =>
        client.SubmitAsync($"/inscriptions/creneau/{sessionId}{query}", fields, "#formulaire-inscription");

    internal static (string, string)[] Person(string email, string places = "1") =>
        [("Input.Name", "Camille Durand"), ("Input.Email", email), ("Input.Phone", "06 12 34 56 78"), ("Input.Places", places)];

    [Theory, MemberData(nameof(Providers))]
    public async Task AVisitorRegistersFromTheEventPageAndGetsThePrivateLinkByMail(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 30, title: "Job dating de la mécanique");
        var eventId = await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.EventId).SingleAsync());
        var client = await app.ClientAsync();

        var eventPage = await client.GetDocumentAsync($"/evenements/{eventId}");
        var link = eventPage.QuerySelector($"#inscription-{session}")!;
        Assert.StartsWith("S’inscrire", link.TextContent.Trim());
        var response = await client.SubmitAsync(link.GetAttribute("href")!, Person("camille@form.test", "2"), "#formulaire-inscription");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Votre inscription est confirmée", page.QuerySelector("#statut .fr-alert__title")!.TextContent.Trim());
        Assert.Contains("2 places", page.QuerySelector("#statut")!.TextContent);
        Assert.Contains("camille@form.test", page.QuerySelector("main")!.TextContent);

        var mail = app.Mail.Last("camille@form.test");
        Assert.Equal("Inscription confirmée : Job dating de la mécanique", mail.Subject);
        Assert.Contains("Fonderie du Quercy, 12 rue des Forges, 46000 Cahors", mail.Body);
        var fromMail = await client.GetDocumentAsync(mail.Link("/inscriptions/"));
        Assert.Equal("Inscription confirmée", fromMail.QuerySelector("#statut .fr-alert__title")!.TextContent.Trim());
        Assert.Equal(2, await PlacesTakenAsync(app, session));
        Assert.Equal("no-referrer", (await client.GetAsync(mail.Link("/inscriptions/"))).Headers.GetValues("Referrer-Policy").Single());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ATeacherRegistersAClassOf24PupilsAnd2AdultsWithoutNamingThem(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 30);
        var client = await app.ClientAsync();

        var response = await RegisterAsync(client, session, "?pour=groupe",
            ("Input.Establishment", "Collège Gambetta"), ("Input.Uai", "0460028f"), ("Input.Level", "4e"),
            ("Input.Pupils", "24"), ("Input.Adults", "2"), ("Input.Name", "Claire Martin"), ("Input.Email", "claire.martin@form.test"));

        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("groupe « Collège Gambetta », 4e : 24 élèves et 2 accompagnateurs, soit 26 places", page.QuerySelector("#statut")!.TextContent);
        Assert.Equal(26, await PlacesTakenAsync(app, session));
        var stored = await app.App.WithDbAsync(db => db.Registrations.SingleAsync(r => r.SessionId == session));
        Assert.Equal((RegistrationKind.Group, 24, 2, 26, "0460028F"), (stored.Kind, stored.Pupils, stored.Adults, stored.Places, stored.Uai));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AFullSessionShowsItAndPutsTheNextPersonOnTheWaitingListWithItsPosition(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 2);
        var client = await app.ClientAsync();
        await RegisterAsync(client, session, "", Person("full1@form.test", "2"));

        var form = await client.GetDocumentAsync($"/inscriptions/creneau/{session}");
        Assert.StartsWith("Complet.", form.QuerySelector("#places")!.TextContent.Trim());
        Assert.Equal("M’inscrire sur la liste d’attente", form.QuerySelector("#formulaire-inscription button")!.TextContent.Trim());
        var response = await RegisterAsync(client, session, "", Person("full2@form.test"));

        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Liste d’attente : position 1", page.QuerySelector("#statut .fr-alert__title")!.TextContent.Trim());
        Assert.Contains("en position 1 sur la liste d’attente", app.Mail.Last("full2@form.test").Body);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheSameAddressCannotRegisterTwiceForTheSameSession(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync();
        var client = await app.ClientAsync();
        await RegisterAsync(client, session, "", Person("twice@form.test"));

        var second = await RegisterAsync(client, session, "", Person(" Twice@Form.test ", "3"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Cette adresse électronique est déjà inscrite à ce créneau.", string.Join(" ", await second.FieldErrorsAsync()));
        Assert.Equal(1, await app.App.WithDbAsync(db => db.Registrations.CountAsync(r => r.SessionId == session)));
        Assert.Equal(1, await PlacesTakenAsync(app, session));
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        { "Input.Places", "0", "Input.Places", "Réservez au moins une place." },
        { "Input.Places", "-2", "Input.Places", "Réservez au moins une place." },
        { "Input.Places", "11", "Input.Places", "Une inscription compte au plus 10 places pour ce créneau." },
        { "Input.Places", "deux", "Input.Places", "Indiquez un nombre entier, en chiffres." },
        { "Input.Email", "camille@", "Input.Email", "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr)." },
        { "Input.Email", "camille", "Input.Email", "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr)." },
        { "Input.Email", "camille@localhost", "Input.Email", "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr)." },
        { "Input.Name", "", "Input.Name", "Indiquez votre nom et votre prénom." },
        { "Input.Phone", "appelez-moi", "Input.Phone", "Le numéro de téléphone n’est pas valide (exemple : 06 12 34 56 78)." },
    };

    [Theory, MemberData(nameof(BadInput))]
    public async Task BadInputIsRefusedInFrenchNextToTheFieldKeepingWhatWasTypedAndChangingNothing(string field, string value, string errorField, string message)
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync(capacity: 30);
        var client = await app.ClientAsync();
        await RegisterAsync(client, session, "", Person("already@form.test", "3"));

        var fields = Person("bad@form.test", "2").Where(f => f.Item1 != field).Append((field, value)).ToArray();
        var response = await RegisterAsync(client, session, "", fields);

        var page = await response.ReadDocumentAsync();
        var id = errorField.Replace('.', '_');
        Assert.Equal("true", page.QuerySelector($"#{id}")!.GetAttribute("aria-invalid"));
        Assert.Contains(message, page.QuerySelector($"#{id}-messages")!.TextContent);
        foreach (var (name, typed) in fields)
            Assert.Equal(typed, page.QuerySelector($"#{name.Replace('.', '_')}")!.GetAttribute("value"));
        Assert.Equal(1, await app.App.WithDbAsync(db => db.Registrations.CountAsync(r => r.SessionId == session)));
        Assert.Equal(3, await PlacesTakenAsync(app, session));
    }

    [Fact]
    public async Task AGroupLargerThanTheCapacityOrWithoutAnyoneIsRefused()
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync(capacity: 20);
        var client = await app.ClientAsync();
        (string, string)[] Group(string pupils, string adults) =>
            [("Input.Establishment", "Lycée Champollion"), ("Input.Pupils", pupils), ("Input.Adults", adults), ("Input.Name", "M. Roux"), ("Input.Email", "roux@form.test")];

        var tooMany = await RegisterAsync(client, session, "?pour=groupe", Group("24", "2"));
        var nobody = await RegisterAsync(client, session, "?pour=groupe", Group("0", "0"));
        var negative = await RegisterAsync(client, session, "?pour=groupe", Group("-3", "1"));

        Assert.Contains("Le groupe compte 26 personnes : ce créneau en accueille 20 au plus.", string.Join(" ", await tooMany.FieldErrorsAsync()));
        Assert.Contains("Un groupe compte au moins une personne.", await nobody.FieldErrorsAsync());
        Assert.Contains("Le nombre d’élèves ne peut pas être négatif.", await negative.FieldErrorsAsync());
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Registrations.CountAsync(r => r.SessionId == session)));
    }

    internal static Task<int> PlacesTakenAsync(RegistrationsApp app, int session) =>
        app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync());
}
