using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure.Database;
using SemaineIndustrie.Web.Registrations;
using static SemaineIndustrie.Web.Registrations.RegistrationOutcome;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>The registration desk against a real database: capacity, waiting list, promotion, the database's own check.</summary>
public class DeskTests
{
    public static TheoryData<DatabaseProvider> Providers => RegistrationsApp.Providers;

    internal static RegistrationRequest Person(string email, int places = 1) =>
        new(RegistrationKind.Individual, "Camille Durand", email, null, places);

    internal static RegistrationRequest Class(string email, int pupils, int adults) =>
        new(RegistrationKind.Group, "Mme Martin", email, "05 65 00 00 00", null, "Collège Gambetta", "0460028F", "4e", pupils, adults);

    internal static async Task<RegistrationOutcome> RegisterAsync(RegistrationsApp app, int sessionId, RegistrationRequest request)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await app.Service<RegistrationDesk>(scope).RegisterAsync(sessionId, request, RegistrationChannel.Site);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task PlacesAreConfirmedUpToTheCapacityThenTheWaitingListTakesPositions(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 5);

        var first = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("a1@desk.test", 3)));
        var second = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("a2@desk.test", 2)));
        var third = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("a3@desk.test", 1)));
        var fourth = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("a4@desk.test", 2)));

        Assert.Equal((RegistrationStatus.Confirmed, (int?)null), (first.Status, first.WaitlistPosition));
        Assert.Equal(RegistrationStatus.Confirmed, second.Status);
        Assert.Equal((RegistrationStatus.Waitlisted, (int?)1), (third.Status, third.WaitlistPosition));
        Assert.Equal((RegistrationStatus.Waitlisted, (int?)2), (fourth.Status, fourth.WaitlistPosition));
        Assert.Equal(5, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task WhatIsTypedIsStoredAsTypedWithTheLinkThatWasGiven(DatabaseProvider provider)
    {
        // The batch writes its rows with its own INSERT (ADR 0017): every column as the entity says, quotes and all.
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 30);
        var before = DateTime.UtcNow.AddSeconds(-1);
        const string name = "Robert'); DROP TABLE \"Registrations\"; -- « O’Brien »";
        var person = Assert.IsType<Registered>(await RegisterAsync(app, session,
            new RegistrationRequest(RegistrationKind.Individual, name, " Robert@Desk.test ", "06 12 34 56 78", 2)));
        var group = Assert.IsType<Registered>(await RegisterAsync(app, session, Class("gambetta@desk.test", 24, 2)));
        var late = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("late@desk.test", 3)));

        var rows = await app.App.WithDbAsync(db => db.Registrations.AsNoTracking().Include(r => r.Links)
            .Where(r => r.SessionId == session).OrderBy(r => r.ArrivalNumber).ToListAsync());
        Assert.Equal([person.RegistrationId, group.RegistrationId, late.RegistrationId], rows.Select(r => r.Id));
        var (p, g, l) = (rows[0], rows[1], rows[2]);
        Assert.Equal((RegistrationKind.Individual, RegistrationStatus.Confirmed, RegistrationChannel.Site, 1, 2, 0, 0),
            (p.Kind, p.Status, p.Channel, p.ArrivalNumber, p.Places, p.Pupils, p.Adults));
        Assert.Equal((name, "Robert@Desk.test", "robert@desk.test", "06 12 34 56 78"), (p.Name, p.Email, p.EmailKey, p.Phone));
        Assert.Equal(((string?)null, (string?)null, (string?)null), (p.Establishment, p.Uai, p.ClassLevel));
        Assert.Equal((RegistrationKind.Group, RegistrationStatus.Confirmed, 2, 26, 24, 2), (g.Kind, g.Status, g.ArrivalNumber, g.Places, g.Pupils, g.Adults));
        Assert.Equal(("Collège Gambetta", "0460028F", "4e", "Mme Martin", "05 65 00 00 00"), (g.Establishment, g.Uai, g.ClassLevel, g.Name, g.Phone));
        Assert.Equal((RegistrationStatus.Waitlisted, 3, (DateTime?)null), (l.Status, l.ArrivalNumber, l.ConfirmedAtUtc));
        Assert.All(rows, r => Assert.InRange(r.CreatedAtUtc, before, DateTime.UtcNow));
        Assert.All(rows, r => Assert.Equal(r.CreatedAtUtc, r.UpdatedAtUtc));
        Assert.All(rows[..2], r => Assert.Equal(r.CreatedAtUtc, r.ConfirmedAtUtc));
        Assert.All(rows, r => Assert.Null(r.CancelledAtUtc ?? r.ReminderSentAtUtc ?? r.CheckedInAtUtc ?? r.PersonalDataErasedAtUtc));
        // Each one's private link is the one it was given, and only that one.
        Assert.Equal(PrivateToken.Hash(person.Token), Assert.Single(p.Links).TokenHash);
        Assert.Equal(PrivateToken.Hash(group.Token), Assert.Single(g.Links).TokenHash);
        Assert.Equal(PrivateToken.Hash(late.Token), Assert.Single(l.Links).TokenHash);
        Assert.Equal(28, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync()));
        Assert.StartsWith("Inscription confirmée", app.Mail.Last("robert@desk.test").Subject);
        Assert.Contains(person.Token, app.Mail.Last("robert@desk.test").Body);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task PreparingTheRegistrationPathChangesNothingAndLeavesNoTransactionOpen(DatabaseProvider provider)
    {
        // An application of its own: the whole database's counts are compared.
        await using var app = await RegistrationsApp.StartAsync(provider);
        var session = await app.NewSessionAsync(capacity: 2);
        Assert.IsType<Registered>(await RegisterAsync(app, session, Person("w1@desk.test")));
        var state = () => app.App.WithDbAsync(async db => (
            await db.Registrations.CountAsync(), await db.RegistrationLinks.CountAsync(),
            await db.Sessions.SumAsync(s => s.Arrivals), await db.Sessions.SumAsync(s => s.PlacesTaken)));
        var before = await state();

        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var batch = app.Service<RegistrationBatch>(scope);
            await batch.PrepareAsync(CancellationToken.None);
            // The same context goes on writing: no transaction was left open, no lock held.
            var outcomes = await batch.WriteAsync(session, [new PendingRegistration(Person("w2@desk.test"), RegistrationChannel.Api, PrivateToken.New().Hash)], CancellationToken.None);
            Assert.Equal(RegistrationStatus.Confirmed, Assert.IsType<Registered>(outcomes[0].Outcome).Status);
        }

        Assert.Equal((before.Item1 + 1, before.Item2 + 1, before.Item3 + 1, before.Item4 + 1), await state());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ACancellationPromotesTheWaitingListInOrderAndMailsThosePromoted(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 4);
        var first = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("b1@desk.test", 3)));
        await RegisterAsync(app, session, Person("b2@desk.test", 1));
        var third = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("b3@desk.test", 2)));
        var fourth = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("b4@desk.test", 1)));
        Assert.Equal((1, 2), (third.WaitlistPosition, fourth.WaitlistPosition));

        await using (var scope = app.App.Services.CreateAsyncScope())
            Assert.True(await app.Service<RegistrationChanges>(scope).CancelAsync(first.RegistrationId, CancellationToken.None));

        var statuses = await app.App.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session)
            .OrderBy(r => r.ArrivalNumber).Select(r => r.Status).ToListAsync());
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Confirmed], statuses);
        Assert.Equal(4, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync()));
        Assert.StartsWith("Une place s’est libérée", app.Mail.Last("b3@desk.test").Subject);
        Assert.StartsWith("Une place s’est libérée", app.Mail.Last("b4@desk.test").Subject);
        Assert.StartsWith("Inscription annulée", app.Mail.Last("b1@desk.test").Subject);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AClassLargerThanTheFreedPlacesKeepsItsTurnAndNobodyOvertakesIt(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 26);
        var person = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("c1@desk.test", 4)));
        await RegisterAsync(app, session, Person("c2@desk.test", 10));
        var pupils = Assert.IsType<Registered>(await RegisterAsync(app, session, Class("c3@desk.test", 24, 2)));
        var late = Assert.IsType<Registered>(await RegisterAsync(app, session, Person("c4@desk.test", 1)));
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (pupils.Status, pupils.WaitlistPosition));
        Assert.Equal((RegistrationStatus.Waitlisted, 2), (late.Status, late.WaitlistPosition)); // 12 places free, but the class is first

        await using (var scope = app.App.Services.CreateAsyncScope())
            await app.Service<RegistrationChanges>(scope).CancelAsync(person.RegistrationId, CancellationToken.None);
        Assert.Equal(RegistrationStatus.Waitlisted, await StatusAsync(app, late.RegistrationId));

        // The organiser opens more places: the class goes in first, then the person behind it.
        await using (var scope = app.App.Services.CreateAsyncScope())
            Assert.True(await app.Service<RegistrationChanges>(scope).ChangeCapacityAsync(session, 40, CancellationToken.None));
        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(app, pupils.RegistrationId));
        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(app, late.RegistrationId));
        Assert.Equal(10 + 26 + 1, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ACapacityBelowThePlacesConfirmedIsRefused(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 10);
        await RegisterAsync(app, session, Person("d1@desk.test", 6));
        await using var scope = app.App.Services.CreateAsyncScope();
        Assert.False(await app.Service<RegistrationChanges>(scope).ChangeCapacityAsync(session, 5, CancellationToken.None));
        Assert.Equal(10, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.Capacity).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheDatabaseItselfRefusesMorePlacesThanTheCapacity(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 3);
        await app.App.WithDbAsync(async db =>
        {
            // The conditional update takes nothing when the places would pass the capacity...
            Assert.Equal(0, await db.Sessions.Where(s => s.Id == session && s.PlacesTaken + 4 <= s.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken + 4)));
            // ...and a careless update is refused by the check constraint.
            await Assert.ThrowsAnyAsync<Exception>(() => db.Sessions.Where(s => s.Id == session)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, 4)));
        });
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task WhenTheEventIsCancelledEveryRegistrantIsToldWithTheReasonAndErased(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 26);
        await RegisterAsync(app, session, Class("e1@desk.test", 24, 2));
        await RegisterAsync(app, session, Person("e2@desk.test"));
        var eventId = await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.EventId).SingleAsync());

        await using (var scope = app.App.Services.CreateAsyncScope())
            Assert.Equal(2, await app.Service<RegistrationChanges>(scope).EventCancelledAsync(eventId, "Panne de la ligne de production.", CancellationToken.None));

        var mail = app.Mail.Last("e2@desk.test");
        Assert.StartsWith("Événement annulé : ", mail.Subject);
        Assert.Contains("Motif : Panne de la ligne de production.", mail.Body);
        Assert.StartsWith("Événement annulé : ", app.Mail.Last("e1@desk.test").Subject);
        var rows = await app.App.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session).ToListAsync());
        Assert.All(rows, r => Assert.Equal((RegistrationStatus.Cancelled, (string?)null), (r.Status, r.Email)));
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync()));
    }

    private static Task<RegistrationStatus> StatusAsync(RegistrationsApp app, int id) =>
        app.App.WithDbAsync(db => db.Registrations.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
}
