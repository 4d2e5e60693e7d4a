using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using static SemaineIndustrie.Tests.Registrations.ApiTests;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>A burst of registrations on two instances sharing one database: never more places than the capacity.</summary>
public class ConcurrencyTests(Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<DatabaseProvider> Providers => RegistrationsApp.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task TwoHundredSimultaneousRequestsConfirmExactlyThirtyPlacesAndQueueTheRestInOrder(DatabaseProvider provider)
    {
        await using var app = await RegistrationsApp.StartAsync(provider);
        await using var other = await app.SecondInstanceAsync();
        var session = await app.NewSessionAsync(capacity: 30);
        HttpClient[] clients = [app.App.CreateClient(), other.CreateClient()];
        foreach (var c in clients) c.Timeout = TimeSpan.FromMinutes(5); // a slow test machine makes the line long
        var go = new TaskCompletionSource();

        var requests = Enumerable.Range(1, 200).Select(async i =>
        {
            await go.Task;
            var response = await PostAsync(clients[i % 2], session, new { kind = "individual", name = $"Personne {i}", email = $"p{i}@burst.test", places = 1 });
            return (Email: $"p{i}@burst.test", response.StatusCode, Body: await JsonAsync(response));
        }).ToList();
        go.SetResult();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answers = await Task.WhenAll(requests);
        output.WriteLine($"{provider}: 200 registrations in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var confirmed = answers.Where(a => a.Body.GetProperty("status").GetString() == "confirmed").ToList();
        var waitlisted = answers.Where(a => a.Body.GetProperty("status").GetString() == "waitlisted").ToList();
        Assert.Equal(30, confirmed.Count);
        Assert.Equal(170, waitlisted.Count);
        Assert.Equal(Enumerable.Range(1, 170), waitlisted.Select(a => a.Body.GetProperty("waitlistPosition").GetInt32()).Order());

        var stored = await app.App.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session)
            .Select(r => new { r.EmailKey, r.Status, r.ArrivalNumber, r.Places }).ToListAsync());
        Assert.Equal(30, await FormTests.PlacesTakenAsync(app, session));
        Assert.Equal(30, stored.Where(r => r.Status == RegistrationStatus.Confirmed).Sum(r => r.Places));
        // In order: the first thirty arrivals have the places, and each one waiting was told its rank behind them.
        Assert.Equal(Enumerable.Range(1, 200), stored.Select(r => r.ArrivalNumber).Order());
        Assert.Equal(Enumerable.Range(1, 30), stored.Where(r => r.Status == RegistrationStatus.Confirmed).Select(r => r.ArrivalNumber).Order());
        var arrivals = stored.ToDictionary(r => r.EmailKey!, r => r.ArrivalNumber);
        Assert.All(waitlisted, a => Assert.Equal(arrivals[a.Email] - 30, a.Body.GetProperty("waitlistPosition").GetInt32()));

        // Each answer's private link is its own registrant's (the batch matches the rows it wrote by arrival number).
        var owners = await app.App.WithDbAsync(db => db.RegistrationLinks.Where(l => l.Registration!.SessionId == session)
            .Select(l => new { l.TokenHash, l.Registration!.EmailKey }).ToDictionaryAsync(l => l.TokenHash, l => l.EmailKey));
        Assert.Equal(200, owners.Count);
        Assert.All(answers, a => Assert.Equal(a.Email,
            owners[Web.Registrations.PrivateToken.Hash(a.Body.GetProperty("manageUrl").GetString()!.Split('/')[^1])]));

        // One of the thirty cancels through the private link: the first in line gets the place and a mail saying so.
        var leaving = confirmed[0];
        var client = await app.ClientAsync();
        var link = new Uri(leaving.Body.GetProperty("manageUrl").GetString()!).PathAndQuery;
        await client.SubmitAsync(link + "?annuler=1", formSelector: "#confirmer-annulation form");
        var firstInLine = arrivals.Single(a => a.Value == 31).Key;
        Assert.Equal("Une place s’est libérée : ", app.Mail.Last(firstInLine).Subject[..26]);
        Assert.Equal(RegistrationStatus.Confirmed, await app.App.WithDbAsync(db => db.Registrations
            .Where(r => r.SessionId == session && r.ArrivalNumber == 31).Select(r => r.Status).SingleAsync()));
        Assert.Equal(30, await FormTests.PlacesTakenAsync(app, session));
    }

    /// <summary>
    /// A batch reserves its places against the session read under the lock, then takes them with one conditional
    /// update. Should the database ever refuse them, the batch rolls back and each registration is written alone, with
    /// its own statement: here a trigger makes the database ignore any count of places taken beyond five.
    /// </summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task WhenTheDatabaseRefusesABatchsPlacesEachRegistrationIsWrittenAloneAndNoneIsLost(DatabaseProvider provider)
    {
        await using var app = await RegistrationsApp.StartAsync(provider);
        var session = await app.NewSessionAsync(capacity: 30);
        var (cap, uncap) = provider == DatabaseProvider.Sqlite
            ? ($"""CREATE TRIGGER "cap_{session}" BEFORE UPDATE OF "PlacesTaken" ON "Sessions" WHEN NEW."Id" = {session} AND NEW."PlacesTaken" > 5 BEGIN SELECT RAISE(IGNORE); END""",
               $"""DROP TRIGGER "cap_{session}" """)
            : ($"""
                CREATE FUNCTION "cap_{session}"() RETURNS trigger AS $$ BEGIN IF NEW."PlacesTaken" > 5 THEN RETURN NULL; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER "cap_{session}" BEFORE UPDATE ON "Sessions" FOR EACH ROW WHEN (NEW."Id" = {session}) EXECUTE FUNCTION "cap_{session}"();
                """,
               $"""DROP TRIGGER "cap_{session}" ON "Sessions"; DROP FUNCTION "cap_{session}"();""");
        await app.App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(cap));
        try
        {
            var client = app.App.CreateClient();
            client.Timeout = TimeSpan.FromMinutes(5);
            // The session is held by another transaction while the twenty arrive: they queue and go as one batch.
            var held = new TaskCompletionSource();
            var holding = new TaskCompletionSource();
            var holder = app.App.WithDbAsync(async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await db.Sessions.Where(s => s.Id == session).ExecuteUpdateAsync(s => s.SetProperty(x => x.Arrivals, x => x.Arrivals));
                holding.SetResult();
                await held.Task;
                await transaction.CommitAsync();
                return 0;
            });
            await holding.Task;
            var requests = Enumerable.Range(1, 20).Select(i =>
                PostAsync(client, session, new { kind = "individual", name = $"Personne {i}", email = $"p{i}@refused.test", places = 1 })).ToList();
            await Task.Delay(TimeSpan.FromSeconds(1));
            held.SetResult();
            await holder;
            var answers = await Task.WhenAll(requests);

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
            var statuses = new List<string>();
            foreach (var answer in answers) statuses.Add((await JsonAsync(answer)).GetProperty("status").GetString()!);
            Assert.Equal(5, statuses.Count(s => s == "confirmed"));
            Assert.Equal(15, statuses.Count(s => s == "waitlisted"));
            var stored = await app.App.WithDbAsync(db => db.Registrations.Where(r => r.SessionId == session)
                .Select(r => new { r.Status, r.ArrivalNumber }).ToListAsync());
            Assert.Equal(5, await FormTests.PlacesTakenAsync(app, session));
            Assert.Equal(5, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
            // Rolled back, the batch left no arrival number behind: each written alone took the next one.
            Assert.Equal(Enumerable.Range(1, 20), stored.Select(r => r.ArrivalNumber).Order());
        }
        finally
        {
            await app.App.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(uncap));
        }
    }
}
