using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure.Database;
using SemaineIndustrie.Web.Registrations;
using static SemaineIndustrie.Tests.Registrations.DeskTests;
using static SemaineIndustrie.Web.Registrations.RegistrationOutcome;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>Reminders two days before, the last hours' waiting lists, erasure after the retention period; run at a chosen time.</summary>
public class HousekeepingTests
{
    public static TheoryData<DatabaseProvider> Providers => RegistrationsApp.Providers;

    private static async Task<HousekeepingReport> RunAsync(RegistrationsApp app, DateTime nowUtc)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await app.Service<RegistrationHousekeeping>(scope).RunAsync(nowUtc, CancellationToken.None);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheReminderGoesOnceTwoDaysBeforeTheSessionWithALinkThatWorks(DatabaseProvider provider)
    {
        await using var app = await RegistrationsApp.StartAsync(provider);
        var session = await app.NewSessionAsync(startsIn: TimeSpan.FromDays(3), title: "Visite des ateliers de Figeac");
        var confirmed = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("rappel@housekeeping.test")));
        await RegisterAsync(app, session, Person("encore@housekeeping.test"));
        var start = await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.StartsAtUtc).SingleAsync());

        Assert.Equal(0, (await RunAsync(app, start.AddHours(-49))).Reminded);
        Assert.Equal(2, (await RunAsync(app, start.AddHours(-47))).Reminded);
        Assert.Equal(0, (await RunAsync(app, start.AddHours(-46))).Reminded); // once only

        var reminder = app.Mail.Last("rappel@housekeeping.test");
        Assert.StartsWith("Rappel : Visite des ateliers de Figeac, ", reminder.Subject);
        Assert.Single(app.Mail.To("rappel@housekeeping.test"), m => m.Subject.StartsWith("Rappel"));
        var client = await app.ClientAsync();
        var page = await client.GetStringAsync(reminder.Link("/inscriptions/"));
        Assert.Contains("Inscription confirmée", page);
        Assert.NotNull(await app.App.WithDbAsync(db => db.Registrations.Where(r => r.Id == confirmed.RegistrationId).Select(r => r.ReminderSentAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task InTheLastTwoDaysThoseWhoFitGoAheadOfAClassThatCannot()
    {
        await using var app = await RegistrationsApp.StartAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync(capacity: 26, startsIn: TimeSpan.FromHours(30));
        // Full: a class, then a person, wait. Four places then appear without anything serving the list (raised in the database).
        await RegisterAsync(app, session, Person("place@housekeeping.test", 10));
        await RegisterAsync(app, session, Person("place2@housekeeping.test", 10));
        await RegisterAsync(app, session, Person("place3@housekeeping.test", 6));
        var pupils = Assert.IsType<Registered>(await RegisterAsync(app, session, Class("classe@housekeeping.test", 24, 2)));
        var person = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("ines@housekeeping.test", 2)));
        Assert.Equal((RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted), (pupils.Status, person.Status));
        await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, 30)));

        var report = await RunAsync(app, DateTime.UtcNow);

        Assert.Equal(1, report.SessionsServed);
        var statuses = await app.App.WithDbAsync(db => db.Registrations.Where(r => r.Id == pupils.RegistrationId || r.Id == person.RegistrationId)
            .OrderBy(r => r.ArrivalNumber).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Waitlisted, RegistrationStatus.Confirmed], statuses);
        Assert.StartsWith("Une place s’est libérée", app.Mail.Last("ines@housekeeping.test").Subject);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AfterTheRetentionPeriodThePeopleAreErasedAndTheCountsKept(DatabaseProvider provider)
    {
        await using var app = await RegistrationsApp.StartAsync(provider);
        var session = await app.NewSessionAsync(capacity: 40);
        var person = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("efface@housekeeping.test", 3)));
        await RegisterAsync(app, session, Class("classe-effacee@housekeeping.test", 24, 2));
        var (weekEnd, days) = await app.App.WithDbAsync(db => db.Editions.Where(e => e.Year == 2026)
            .Select(e => new ValueTuple<DateOnly, int>(e.WeekEnd!.Value, e.PersonalDataRetentionDays)).SingleAsync());
        var lastDay = weekEnd.AddDays(days).ToDateTime(new TimeOnly(23, 0), DateTimeKind.Utc);

        Assert.Equal(0, (await RunAsync(app, lastDay)).Erased);
        Assert.Equal(2, (await RunAsync(app, lastDay.AddHours(2))).Erased);
        Assert.Equal(0, (await RunAsync(app, lastDay.AddHours(3))).Erased);

        var rows = await app.App.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session).OrderBy(r => r.ArrivalNumber).ToListAsync());
        Assert.All(rows, r => Assert.Equal((null, null, null, null), (r.Name, r.Email, r.Phone, r.EmailKey)));
        Assert.Equal([3, 26], rows.Select(r => r.Places));
        Assert.Equal(("Collège Gambetta", 24, 2), (rows[1].Establishment, rows[1].Pupils, rows[1].Adults));
        Assert.Equal(29, await FormTests.PlacesTakenAsync(app, session));
        Assert.Equal(0, await app.App.WithDbAsync(db => db.RegistrationLinks.CountAsync(l => l.RegistrationId == person.RegistrationId)));
        var client = await app.ClientAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/inscriptions/{person.Token}")).StatusCode);
    }
}
