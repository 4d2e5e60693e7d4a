using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Operations;

/// <summary>kill -9 in the middle of a burst of registrations and event edits: what was acknowledged survives, nothing is half-written.</summary>
[Collection(OperationsCollection.Name)]
public sealed partial class CrashTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AfterAKillDuringABurstEveryAcknowledgedChangeIsThereAndNothingIsHalfWritten(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var mail = Directory.CreateTempSubdirectory("semaine-ops-mail-").FullName;
        var settings = Scenarios.Settings(provider.ToString(), database.ConnectionString, mail, seed: true);
        var app = await AppProcess.StartAsync(settings);
        var registered = new ConcurrentBag<string>(); // the private links of acknowledged registrations
        var phones = new ConcurrentQueue<string>();    // acknowledged phone numbers, in order
        int session, eventId;
        try
        {
            using var client = app.Client();
            (session, _, _) = await Scenarios.FreshSessionAsync(client, 10, 40);
            using var organiser = app.Client();
            Assert.Equal(HttpStatusCode.Redirect, (await Scenarios.SignInAsync(organiser, organiser)).StatusCode);
            eventId = int.Parse(OrganiserEventLink().Match(await organiser.GetStringAsync("/organisateur")).Groups[1].Value);

            using var stop = new CancellationTokenSource();
            var registrations = Enumerable.Range(0, 12).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    try
                    {
                        var answer = await Scenarios.RegisterAsync(client, session, $"crash-{worker}-{i}@ops.test");
                        if (answer.StatusCode == HttpStatusCode.Created) registered.Add(answer.Headers.Location!.AbsolutePath);
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return; }
                }
            })).ToList();
            var edits = Task.Run(async () =>
            {
                for (var i = 10; !stop.IsCancellationRequested && i < 99; i++)
                {
                    var phone = $"05 65 00 00 {i}";
                    try
                    {
                        var saved = await organiser.SaveEventAsync(eventId, [("Input.ContactPhone", phone)]);
                        if (saved.StatusCode == HttpStatusCode.Redirect) phones.Enqueue(phone);
                        else throw new InvalidOperationException($"The edit answered {(int)saved.StatusCode}.");
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return; }
                }
            });

            while (registered.Count < 25 || phones.Count < 3)
            {
                if (edits.IsFaulted) await edits;
                await Task.Delay(20);
            }
            await app.KillAsync();
            stop.Cancel();
            await Task.WhenAll(registrations);
            await edits;
        }
        finally
        {
            await app.DisposeAsync();
        }

        await using var restarted = await AppProcess.StartAsync(settings);
        using var visitor = restarted.Client();
        foreach (var link in registered)
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);

        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(options, provider, database.ConnectionString);
        await using var db = new AppDbContext(options.Options);
        var rows = await db.Registrations.Where(r => r.SessionId == session).ToListAsync();
        var places = await db.Sessions.Where(s => s.Id == session).Select(s => new { s.PlacesTaken, s.Capacity }).SingleAsync();
        Assert.True(rows.Count >= registered.Count);
        Assert.Equal(rows.Where(r => r.Status == RegistrationStatus.Confirmed).Sum(r => r.Places), places.PlacesTaken);
        Assert.True(places.PlacesTaken <= places.Capacity);
        Assert.Equal(rows.Count, rows.Select(r => r.ArrivalNumber).Distinct().Count());
        var phone = await db.Events.Where(e => e.Id == eventId).Select(e => e.ContactPhone).SingleAsync();
        var last = phones.Last();
        Assert.True(string.CompareOrdinal(phone, last) >= 0, $"The last acknowledged edit was « {last} », the database holds « {phone} ».");
        if (provider == DatabaseProvider.Sqlite)
            Assert.Equal("ok", Assert.Single(await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()));
        Directory.Delete(mail, recursive: true);
    }

    [GeneratedRegex("href=\"/organisateur/evenements/(\\d+)\"")]
    private static partial Regex OrganiserEventLink();
}
