using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Tests.Organiser;
using SemaineIndustrie.Web.Infrastructure.Database;
using SemaineIndustrie.Web.Labelling;

namespace SemaineIndustrie.Tests.Labelling;

public class NotificationTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private static async Task<(int, int)> RunJobAsync(AccountsApp app, DateTime nowUtc)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewMailJob>().RunOnceAsync(nowUtc);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ReviewersAreRemindedOnceTheWorkingDayBeforeTheAnswerIsDue(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var organiser = await app.ClientAsync(People.Organiser);
        var id = await EventFormTests.CreateAsync(organiser, EventFormTests.CompleteLotEvent("Visite à rappeler"), Forms.SubmitEventButton);
        var due = await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.ReviewDueOn).SingleAsync());
        var dayBefore = due!.Value.AddDays(-1);
        while (!WorkingDays.IsWorkingDay(dayBefore)) dayBefore = dayBefore.AddDays(-1);

        var early = dayBefore.AddDays(-3).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        Assert.Equal(0, (await RunJobAsync(app, early)).Item1);
        var onTime = dayBefore.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        Assert.Equal(1, (await RunJobAsync(app, onTime)).Item1);
        Assert.Equal(0, (await RunJobAsync(app, onTime.AddHours(1))).Item1);
        Assert.Equal("Rappel : Visite à rappeler", app.Mail.Last(People.LotReviewer).Subject);
        Assert.Empty(app.Mail.To(People.GersReviewer));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AReviewerWhoChoseTheDigestGetsOneMailADayInsteadOfOnePerSubmission(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var reviewer = await app.ClientAsync(People.LotReviewer);
        await reviewer.SubmitAsync("/compte", [("daily", "true")], "form[action*='handler=Digest']");
        var organiser = await app.ClientAsync(People.Organiser);
        await EventFormTests.CreateAsync(organiser, EventFormTests.CompleteLotEvent("Première visite"), Forms.SubmitEventButton);
        await EventFormTests.CreateAsync(organiser, EventFormTests.CompleteLotEvent("Seconde visite"), Forms.SubmitEventButton);
        Assert.Empty(app.Mail.To(People.LotReviewer));
        Assert.Empty(app.Mail.To(People.OccitanieCoordinator)); // not told while the Lot has a reviewer

        // The next morning at eight, Paris time: within the 24 hours the digest covers, whatever the hour the test runs.
        var local = Web.Catalogue.FrenchTime.ToLocal(DateTime.UtcNow, "Europe/Paris");
        var nextMorning = Web.Catalogue.FrenchTime.ToUtc(local.Date.AddDays(local.Hour < 8 ? 0 : 1).AddHours(8), "Europe/Paris");
        Assert.Equal(1, (await RunJobAsync(app, nextMorning)).Item2);
        Assert.Equal(0, (await RunJobAsync(app, nextMorning.AddHours(2))).Item2);
        var digest = app.Mail.Last(People.LotReviewer);
        Assert.Equal("Récapitulatif : 2 nouvelles soumissions", digest.Subject);
        Assert.Contains("Première visite", digest.Body);
        Assert.Contains("Seconde visite", digest.Body);
    }
}
