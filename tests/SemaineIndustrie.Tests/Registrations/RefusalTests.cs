using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using static SemaineIndustrie.Tests.Registrations.FormTests;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>Sessions that take no registration say why, in French, and a crafted post changes nothing.</summary>
public class RefusalTests
{
    public static TheoryData<string, string> Closed => new()
    {
        { "passé", "Ce créneau est passé : il ne prend plus d’inscription." },
        { "clos", "Les inscriptions à ce créneau sont closes." },
        { "annulé", "Cet événement est annulé : il ne prend plus d’inscription." },
        { "entrée libre", "Ce créneau est en entrée libre : aucune inscription n’est nécessaire." },
        { "ailleurs", "Les inscriptions à ce créneau se font sur le site de l’organisateur." },
    };

    [Theory, MemberData(nameof(Closed))]
    public async Task ASessionThatTakesNoRegistrationSaysWhyAndRefusesAPost(string why, string message)
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var open = await app.NewSessionAsync();
        var closed = await app.NewSessionAsync(startsIn: why == "passé" ? TimeSpan.FromDays(-1) : null,
            @event: e => { if (why == "annulé") e.Status = EventStatus.Cancelled; },
            session: s =>
            {
                s.RegistrationsClosed = why == "clos";
                if (why == "entrée libre") (s.RegistrationMode, s.Capacity) = (RegistrationMode.None, null);
                if (why == "ailleurs") (s.RegistrationMode, s.Capacity, s.ExternalRegistrationUrl) = (RegistrationMode.External, null, "https://fonderie.test/inscription");
            });
        var client = await app.ClientAsync();

        var page = await client.GetDocumentAsync($"/inscriptions/creneau/{closed}");
        Assert.Equal(message, page.QuerySelector("#inscription-fermee p")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("#formulaire-inscription"));

        // The form of an open session, posted to the closed one (the antiforgery token is the visitor's, not the page's).
        var form = await client.GetDocumentAsync($"/inscriptions/creneau/{open}");
        var values = Forms.CurrentValues((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("#formulaire-inscription")!);
        var response = await client.PostFormAsync($"/inscriptions/creneau/{closed}", values, Person($"{why.Replace(' ', '-')}@refus.test"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await response.ReadDocumentAsync()).QuerySelector("#inscription-fermee p")!.TextContent.Trim());
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Registrations.CountAsync(r => r.SessionId == closed)));
        Assert.Equal(0, await PlacesTakenAsync(app, closed));
    }

    [Fact]
    public async Task ASessionOfAnEventNotLabelledDoesNotExistForThePublic()
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var submitted = await app.NewSessionAsync(@event: e => e.Status = EventStatus.Submitted);
        var client = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/inscriptions/creneau/{submitted}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/inscriptions/creneau/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/inscriptions/pas-un-vrai-lien")).StatusCode);
    }

    [Fact]
    public async Task ARobotFillingTheHoneypotRegistersNothing()
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync();
        var client = await app.ClientAsync();

        var response = await RegisterAsync(client, session, "", [.. Person("robot@refus.test"), ("Input.Website", "https://spam.test")]);

        Assert.Equal("Votre demande n’a pas pu être enregistrée.", (await response.ReadDocumentAsync()).QuerySelector("#probleme")!.TextContent.Trim());
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Registrations.CountAsync(r => r.SessionId == session)));
        Assert.Empty(app.Mail.To("robot@refus.test"));
    }

    [Fact]
    public async Task RegistrationsAreLimitedPerAddressAndPerEmail()
    {
        await using var app = await RegistrationsApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimits:Registrations:PerAddress"] = "3", ["RateLimits:Registrations:PerEmail"] = "2",
        });
        var sessions = new List<int>();
        for (var i = 0; i < 4; i++) sessions.Add(await app.NewSessionAsync());
        var client = await app.ClientAsync();

        var first = await RegisterAsync(client, sessions[0], "", Person("often@refus.test"));
        var second = await RegisterAsync(client, sessions[1], "", Person("often@refus.test"));
        var third = await RegisterAsync(client, sessions[2], "", Person("often@refus.test"));
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], new[] { first.StatusCode, second.StatusCode });
        Assert.StartsWith("Trop d’inscriptions avec cette adresse électronique", (await third.ReadDocumentAsync()).QuerySelector("#probleme")!.TextContent.Trim());

        var fourth = await RegisterAsync(client, sessions[3], "", Person("other@refus.test"));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(fourth.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/inscriptions/creneau/{sessions[3]}")).StatusCode); // reading is never limited
        Assert.Equal(2, await app.App.WithDbAsync(db => db.Registrations.CountAsync()));
    }
}
