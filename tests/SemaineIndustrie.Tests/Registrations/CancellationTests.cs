using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using static SemaineIndustrie.Tests.Registrations.FormTests;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>The registrant cancels through the mailed link: the places go to the waiting list, the personal data goes.</summary>
public class CancellationTests
{
    public static TheoryData<DatabaseProvider> Providers => RegistrationsApp.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task CancellingFromTheMailedLinkErasesThePersonAndPromotesTheNextInLineWhoIsMailed(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 2, title: "Job dating de l’aéronautique");
        var client = await app.ClientAsync();
        await RegisterAsync(client, session, "", Person("leaves@cancel.test", "2"));
        await RegisterAsync(client, session, "", Person("waits@cancel.test", "2"));
        Assert.StartsWith("Liste d’attente", app.Mail.Last("waits@cancel.test").Subject);

        var link = app.Mail.Last("leaves@cancel.test").Link("/inscriptions/");
        var confirm = await client.GetDocumentAsync(link + "?annuler=1");
        Assert.NotNull(confirm.QuerySelector("#confirmer-annulation"));
        var cancelled = await client.SubmitAsync(link + "?annuler=1", formSelector: "#confirmer-annulation form");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        var page = await client.GetDocumentAsync(cancelled.Headers.Location!.OriginalString);
        Assert.Equal("Inscription annulée", page.QuerySelector("#statut .fr-alert__title")!.TextContent.Trim());
        Assert.DoesNotContain("leaves@cancel.test", page.QuerySelector("main")!.TextContent);
        Assert.Equal("Inscription annulée : Job dating de l’aéronautique", app.Mail.Last("leaves@cancel.test").Subject);

        var promoted = app.Mail.Last("waits@cancel.test");
        Assert.Equal("Une place s’est libérée : Job dating de l’aéronautique", promoted.Subject);
        var promotedPage = await client.GetDocumentAsync(promoted.Link("/inscriptions/"));
        Assert.Equal("Inscription confirmée", promotedPage.QuerySelector("#statut .fr-alert__title")!.TextContent.Trim());

        var rows = await app.App.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session).OrderBy(r => r.ArrivalNumber).ToListAsync());
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed], rows.Select(r => r.Status));
        Assert.Equal((null, null, null, null), (rows[0].Name, rows[0].Email, rows[0].EmailKey, rows[0].Phone));
        Assert.Equal(2, rows[0].Places); // the figures stay
        Assert.Equal(2, await PlacesTakenAsync(app, session));

        // Cancelled, the address may register again.
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(client, session, "", Person("leaves@cancel.test"))).StatusCode);
    }
}
