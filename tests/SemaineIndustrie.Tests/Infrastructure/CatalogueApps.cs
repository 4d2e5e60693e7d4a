using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>
/// One running application per provider holding <see cref="KnownCatalogue"/>, shared by the read-only
/// catalogue tests: starting the application loads 35,000 communes, which is worth doing once.
/// </summary>
public static class CatalogueApps
{
    private static readonly Dictionary<DatabaseProvider, Lazy<Task<TestApp>>> Apps = new()
    {
        [DatabaseProvider.Sqlite] = new(() => StartAsync(DatabaseProvider.Sqlite)),
        [DatabaseProvider.Postgres] = new(() => StartAsync(DatabaseProvider.Postgres)),
    };

    public static Task<TestApp> GetAsync(DatabaseProvider provider) => Apps[provider].Value;

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    private static async Task<TestApp> StartAsync(DatabaseProvider provider)
    {
        var app = new TestApp(await TestDatabase.CreateAsync(provider));
        _ = app.Server; // starts the host: migrations and reference data
        await app.WithDbAsync(KnownCatalogue.SeedAsync);
        return app;
    }
}
