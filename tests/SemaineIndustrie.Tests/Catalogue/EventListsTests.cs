using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Catalogue;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Catalogue;

/// <summary>
/// An event's lists (sectors, audiences, themes, sessions) are read for several events at once, beside the events
/// themselves: each event gets its own, in the order pages show them, and a page costs a fixed number of statements.
/// </summary>
public class EventListsTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private const string Rich = "Usine aux listes longues", Plain = "Atelier aux listes courtes";

    // Labels chosen so that their order is the same whatever the database's collation.
    private static readonly string[] RichSectors = ["CSF_FERROVIAIRE", "CSF_AERONAUTIQUE", "CSF_BOIS"];
    private static readonly string[] RichAudiences = ["enseignants", "ecoliers", "lyceens"];
    private static readonly int[] RichSessionDays = [26, 24, 25];

    private static readonly SeededApps Apps = new(SeedAsync);

    private static async Task SeedAsync(AppDbContext db)
    {
        var edition = TestEvents.Open2026();
        var organisation = new Organisation { Name = "Ateliers du Causse", Kind = OrganisationKind.Company, CommuneCode = "46042" };
        var cahors = await db.Communes.SingleAsync(c => c.InseeCode == "46042");
        var themes = await db.Themes.OrderByDescending(t => t.SortOrder).Take(2).ToListAsync();

        var rich = TestEvents.Labelled(edition, organisation, Rich, cahors, new DateTime(2026, 11, 23, 9, 0, 0));
        rich.Sessions.Clear();
        foreach (var day in RichSessionDays)
        {
            var start = FrenchTime.ToUtc(new DateTime(2026, 11, day, 9, 0, 0), "Europe/Paris");
            rich.Sessions.Add(new Session { StartsAtUtc = start, EndsAtUtc = start.AddHours(2), RegistrationMode = RegistrationMode.Platform, Capacity = day });
        }
        rich.Sectors.AddRange(await db.Sectors.Where(s => RichSectors.Contains(s.Code)).ToListAsync());
        rich.Audiences.AddRange(await db.Audiences.Where(a => RichAudiences.Contains(a.Code)).ToListAsync());
        rich.Themes.AddRange(themes);
        rich.RefreshDates();

        var plain = TestEvents.Labelled(edition, organisation, Plain, cahors, new DateTime(2026, 11, 27, 9, 0, 0));
        plain.Sectors.Add(await db.Sectors.SingleAsync(s => s.Code == "CSF_ALIMENTAIRE"));
        plain.Audiences.Add(await db.Audiences.SingleAsync(a => a.Code == "collegiens"));
        plain.RefreshDates();
        db.Events.AddRange(rich, plain);
        await db.SaveChangesAsync();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheEventPageShowsEachListInItsOrder(DatabaseProvider provider)
    {
        var app = await Apps.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var expected = await ExpectedAsync(db);
        var id = await db.Events.Where(e => e.Title == Rich).Select(e => e.Id).SingleAsync();

        var details = await scope.ServiceProvider.GetRequiredService<EventCatalogue>().PublicEventAsync(id);

        Assert.NotNull(details);
        Assert.Equal(expected.Sectors, details.Sectors);
        Assert.Equal(expected.Audiences, details.Audiences);
        Assert.Equal(expected.Themes, details.Themes);
        // Sessions in time order, each with its own capacity (the day of the month it was made for).
        Assert.Equal(RichSessionDays.Order(), details.Sessions.Select(s => s.Capacity!.Value));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EachCardAndEachApiEventGetsItsOwnLists(DatabaseProvider provider)
    {
        var app = await Apps.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var expected = await ExpectedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());

        var cards = (await scope.ServiceProvider.GetRequiredService<EventSearch>().SearchAsync(new EventFilter { Department = "46" })).Items;
        var richCard = Assert.Single(cards, c => c.Title == Rich);
        Assert.Equal(expected.Sectors, richCard.Sectors);
        Assert.Equal(expected.Audiences, richCard.Audiences);
        var plainCard = Assert.Single(cards, c => c.Title == Plain);
        Assert.Equal(["Alimentaire"], plainCard.Sectors);
        Assert.Equal(["Collégiens"], plainCard.Audiences);

        var page = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/events?department=46");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var richItem = Assert.Single(items, i => i.GetProperty("title").GetString() == Rich);
        Assert.Equal(expected.Sectors, richItem.GetProperty("sectors").EnumerateArray().Select(s => s.GetProperty("label").GetString()));
        Assert.Equal(RichSessionDays.Order(), richItem.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("capacity").GetInt32()));
        var plainItem = Assert.Single(items, i => i.GetProperty("title").GetString() == Plain);
        Assert.Equal(["CSF_ALIMENTAIRE"], plainItem.GetProperty("sectors").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Single(plainItem.GetProperty("sessions").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnEventPageReadsTheDatabaseInThreeStatements(DatabaseProvider provider)
    {
        var app = await Apps.GetAsync(provider);
        int id;
        string database;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            id = await db.Events.Where(e => e.Title == Rich).Select(e => e.Id).SingleAsync();
            database = db.Database.GetDbConnection().DataSource + "/" + db.Database.GetDbConnection().Database;
            // The edition and other kept values are read once: the statements counted below are the event's.
            await scope.ServiceProvider.GetRequiredService<EventCatalogue>().CurrentEditionAsync();
        }

        using var statements = new StatementCounter(database);
        // A context remembers for a second that nobody listened to its commands (EF Core's logging cache time); the
        // pooled context the page takes may have just run the queries above.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<EventCatalogue>().PublicEventAsync(id));

        // The event with its references, its sectors, audiences and themes, its sessions: split queries took five.
        Assert.Equal(3, statements.Count);
    }

    /// <summary>The labels as the reference tables order them: sectors by label, audiences and themes by their sort order.</summary>
    private static async Task<(List<string> Sectors, List<string> Audiences, List<string> Themes)> ExpectedAsync(AppDbContext db)
    {
        var sectors = (await db.Sectors.Where(s => RichSectors.Contains(s.Code)).Select(s => s.Label).ToListAsync()).Order(StringComparer.Ordinal).ToList();
        var audiences = await db.Audiences.Where(a => RichAudiences.Contains(a.Code)).OrderBy(a => a.SortOrder).Select(a => a.Label).ToListAsync();
        var themes = await db.Themes.OrderByDescending(t => t.SortOrder).Take(2).OrderBy(t => t.SortOrder).Select(t => t.Label).ToListAsync();
        Assert.Equal(3, sectors.Count);
        Assert.Equal(3, audiences.Count);
        Assert.Equal(2, themes.Count);
        return (sectors, audiences, themes);
    }

    /// <summary>Counts the statements EF Core sends to one database, whichever test app sends them.</summary>
    private sealed class StatementCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string database;
        private readonly IDisposable allListeners;
        private readonly List<IDisposable> subscriptions = [];
        private int count;

        public StatementCounter(string database)
        {
            this.database = database;
            allListeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData data
                && data.Command.Connection is { } connection && connection.DataSource + "/" + connection.Database == database)
                Interlocked.Increment(ref count);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            allListeners.Dispose();
            lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
        }
    }
}
