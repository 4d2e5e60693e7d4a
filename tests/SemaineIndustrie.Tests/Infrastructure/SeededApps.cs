using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>
/// One running application per provider, seeded once and shared by read-only tests: starting the application loads
/// 35,000 communes, which is worth doing once per catalogue.
/// </summary>
public sealed class SeededApps(Func<AppDbContext, Task> seed, IReadOnlyDictionary<string, string?>? settings = null)
{
    private readonly Dictionary<DatabaseProvider, Lazy<Task<TestApp>>> apps = new()
    {
        [DatabaseProvider.Sqlite] = new(() => StartAsync(DatabaseProvider.Sqlite, seed, settings)),
        [DatabaseProvider.Postgres] = new(() => StartAsync(DatabaseProvider.Postgres, seed, settings)),
    };

    public Task<TestApp> GetAsync(DatabaseProvider provider) => apps[provider].Value;

    /// <summary>A fresh application of its own, for tests that change data or settings.</summary>
    public static async Task<TestApp> StartAsync(
        DatabaseProvider provider, Func<AppDbContext, Task> seed, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var app = new TestApp(await TestDatabase.CreateAsync(provider), settings);
        _ = app.Server; // starts the host: migrations and reference data
        await app.WithDbAsync(seed);
        return app;
    }
}
