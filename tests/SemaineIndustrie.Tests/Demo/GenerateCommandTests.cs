using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Demo;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Demo;

/// <summary>The benchmark's dataset (issue 8): editions of events, then registrations on their sessions.</summary>
public class GenerateCommandTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task RegistrationsFillSessionsAsTheDeskWouldAndASecondRunAddsNothing(DatabaseProvider provider)
    {
        await using var app = new TestApp(await TestDatabase.CreateAsync(provider));
        string[] args = ["generate", "--editions", "2", "--events", "150", "--registrations", "1000", "--seed", "7"];

        Assert.Equal(0, await GenerateCommand.RunAsync(app.Services, args));

        await app.WithDbAsync(async db =>
        {
            Assert.Equal(1000, await db.Registrations.CountAsync());
            // Only sessions that take registrations on the platform, of published events.
            Assert.False(await db.Registrations.AnyAsync(r => r.Session!.RegistrationMode != RegistrationMode.Platform
                || r.Session.Event!.Status != EventStatus.Labelled));
            Assert.Equal(2, await db.Registrations.Select(r => r.Session!.Event!.EditionId).Distinct().CountAsync());

            // Each session's counters agree with its registrations, and no session is overbooked.
            var sessions = await db.Sessions.Where(s => s.Arrivals > 0)
                .Select(s => new
                {
                    s.Capacity, s.PlacesTaken, s.Arrivals,
                    Confirmed = db.Registrations.Where(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Confirmed).Sum(r => r.Places),
                    Count = db.Registrations.Count(r => r.SessionId == s.Id),
                    LastArrival = db.Registrations.Where(r => r.SessionId == s.Id).Max(r => r.ArrivalNumber),
                })
                .ToListAsync();
            Assert.NotEmpty(sessions);
            Assert.All(sessions, s =>
            {
                Assert.Equal(s.Confirmed, s.PlacesTaken);
                Assert.True(s.PlacesTaken <= s.Capacity);
                Assert.Equal(s.Count, s.Arrivals);
                Assert.Equal(s.Arrivals, s.LastArrival);
            });
            // Some sessions are sought after: people wait.
            Assert.True(await db.Registrations.AnyAsync(r => r.Status == RegistrationStatus.Waitlisted));
            // A cancelled registration keeps no personal data.
            Assert.All(await db.Registrations.Where(r => r.Status == RegistrationStatus.Cancelled).ToListAsync(),
                r => Assert.Null(r.Email));
            Assert.True(await db.Registrations.AnyAsync(r => r.Kind == RegistrationKind.Group && r.Places == r.Pupils + r.Adults));
        });

        Assert.Equal(0, await GenerateCommand.RunAsync(app.Services, args));
        Assert.Equal(1000, await app.WithDbAsync(db => db.Registrations.CountAsync()));
    }
}
