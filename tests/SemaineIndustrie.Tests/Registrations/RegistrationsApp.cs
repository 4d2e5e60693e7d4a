using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>
/// The application with <see cref="KnownCatalogue"/>, <see cref="People"/> and a real SMTP server; each test adds sessions
/// of its own (<see cref="NewSessionAsync"/>) and writes from addresses of its own, so that tests share one application
/// per provider. The housekeeping runs only when a test calls it, with the time it chooses.
/// </summary>
public sealed class RegistrationsApp : IAsyncDisposable
{
    private readonly AccountsApp accounts;
    public TestApp App => accounts.App;
    public MailSink Mail => accounts.Mail;

    private RegistrationsApp(AccountsApp accounts) => this.accounts = accounts;

    private static readonly Dictionary<DatabaseProvider, Lazy<Task<RegistrationsApp>>> Shared = new()
    {
        [DatabaseProvider.Sqlite] = new(() => StartAsync(DatabaseProvider.Sqlite)),
        [DatabaseProvider.Postgres] = new(() => StartAsync(DatabaseProvider.Postgres)),
    };

    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    public static Task<RegistrationsApp> GetAsync(DatabaseProvider provider) => Shared[provider].Value;

    /// <summary>An application of its own, for settings other than the shared one's (limits raised out of the way, no housekeeping).</summary>
    public static async Task<RegistrationsApp> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["RateLimits:Registrations:PerAddress"] = "100000",
            ["RateLimits:Registrations:PerEmail"] = "1000",
            ["Registrations:HousekeepingMinutes"] = "0",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        return new RegistrationsApp(await AccountsApp.StartAsync(provider, all));
    }

    /// <summary>
    /// Another instance of the application on the same database, as behind a load balancer: its own pools, caches and
    /// limiters. (The test database it is given is left empty: the connection string points to this one's.)
    /// </summary>
    public async Task<TestApp> SecondInstanceAsync()
    {
        var settings = new Dictionary<string, string?>(Mail.Settings)
        {
            ["ConnectionStrings:Default"] = App.Database.ConnectionString,
            ["RateLimits:Registrations:PerAddress"] = "100000",
            ["Registrations:HousekeepingMinutes"] = "0",
        };
        var second = new TestApp(await TestDatabase.CreateAsync(App.Database.Provider), settings);
        _ = second.Server;
        return second;
    }

    public Task<HttpClient> ClientAsync(string person = People.Anonymous) => App.ClientAsync(person);

    public T Service<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A labelled event of the Fonderie du Quercy (Lot) with one session on the platform; returns the session's id.</summary>
    public async Task<int> NewSessionAsync(int capacity = 30, TimeSpan? startsIn = null, string? title = null,
        Action<Event>? @event = null, Action<Session>? session = null)
    {
        return await App.WithDbAsync(async db =>
        {
            var edition = await db.Editions.SingleAsync(e => e.Year == 2026);
            var foundry = await db.Organisations.SingleAsync(o => o.Name == "Fonderie du Quercy");
            var e = new Event
            {
                Edition = edition, Organisation = foundry, Title = title ?? $"Visite d’atelier {Guid.NewGuid():N}"[..32],
                Summary = "Les métiers de la fonderie, atelier ouvert.", KindCode = "visite-entreprise",
                CommuneCode = "46042", DepartmentCode = "46", Venue = "Fonderie du Quercy", Address = "12 rue des Forges", PostalCode = "46000",
                Status = EventStatus.Labelled,
            };
            var start = DateTime.UtcNow.Add(startsIn ?? TimeSpan.FromDays(10));
            start = new DateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, 0, DateTimeKind.Utc);
            var s = new Session { StartsAtUtc = start, EndsAtUtc = start.AddHours(2), RegistrationMode = RegistrationMode.Platform, Capacity = capacity };
            e.Sessions.Add(s);
            session?.Invoke(s);
            @event?.Invoke(e);
            e.RefreshDates();
            db.Events.Add(e);
            await db.SaveChangesAsync();
            return s.Id;
        });
    }

    public ValueTask DisposeAsync() => accounts.DisposeAsync();
}
