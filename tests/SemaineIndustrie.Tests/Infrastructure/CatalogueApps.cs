using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>One running application per provider holding <see cref="KnownCatalogue"/>, shared by the read-only catalogue tests.</summary>
public static class CatalogueApps
{
    private static readonly SeededApps Apps = new(KnownCatalogue.SeedAsync);

    public static Task<TestApp> GetAsync(DatabaseProvider provider) => Apps.GetAsync(provider);

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };
}
