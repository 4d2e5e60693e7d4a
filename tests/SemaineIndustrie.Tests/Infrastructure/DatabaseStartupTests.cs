using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

public class DatabaseStartupTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task StartUpLoadsTheReferenceDataOnce(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        await app.WithDbAsync(async db =>
        {
            Assert.Equal(34_969, await db.Communes.CountAsync());
            Assert.Equal(109, await db.Departments.CountAsync());
            Assert.Equal("Indian/Reunion", (await db.Departments.SingleAsync(d => d.Code == "974")).TimeZoneId);
            Assert.Equal("Le Montat", (await db.Communes.SingleAsync(c => c.InseeCode == "46197")).Name);
            Assert.Equal(15, await db.Editions.CountAsync(e => e.Year <= 2025));
            Assert.False((await db.Sectors.SingleAsync(s => s.Code == "SDI_AERONAUTIQUE")).IsActive); // duplicate of the CSF
            Assert.True((await db.Sectors.SingleAsync(s => s.Code == "SDI_ROBOTIQUE")).IsActive);
        });

        // A second start on the same database neither fails nor duplicates anything.
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReferenceDataImporter>().ImportAsync();
        await app.WithDbAsync(async db => Assert.Equal(34_969, await db.Communes.CountAsync()));
    }

    [Fact]
    public async Task AnUnreachablePostgresStopsStartUpNamingTheSettingToFix()
    {
        var services = Services(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Default"] = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2",
        });
        var error = await Assert.ThrowsAsync<DatabaseConfigurationException>(() => services.PrepareDatabaseAsync(seedDemo: false));
        Assert.Contains("ConnectionStrings__Default", error.Message);
        Assert.Contains("PostgreSQL", error.Message);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task WithoutMigrationAtStartUpANewDatabaseIsRefusedNamingTheCommandThenAcceptedOnceMigrated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(new()
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = database.ConnectionString,
        });
        var error = await Assert.ThrowsAsync<DatabaseConfigurationException>(() => services.PrepareDatabaseAsync(seedDemo: false, migrate: false));
        Assert.Contains("« migrate »", error.Message);
        Assert.Contains("Database__MigrateAtStartup", error.Message);

        await services.PrepareDatabaseAsync(seedDemo: false);
        await services.PrepareDatabaseAsync(seedDemo: false, migrate: false);
        await using var scope = services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<SemaineIndustrie.Data.AppDbContext>().Database.GetPendingMigrationsAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ThePendingMigrationsReadAtStartUpAreThoseEfCoreReports(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = Services(new()
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = database.ConnectionString,
        });
        async Task<(List<string> Ours, List<string> EfCore)> BothAsync()
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SemaineIndustrie.Data.AppDbContext>();
            return (await DatabaseStartup.PendingMigrationsAsync(db, provider), (await db.Database.GetPendingMigrationsAsync()).ToList());
        }

        // A new database: every migration, in order (no history table yet).
        var (ours, efCore) = await BothAsync();
        Assert.True(efCore.Count > 1);
        Assert.Equal(efCore, ours);

        await services.PrepareDatabaseAsync(seedDemo: false);
        (ours, efCore) = await BothAsync();
        Assert.Empty(efCore);
        Assert.Empty(ours);

        // The last migration forgotten by the history: it alone is pending.
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SemaineIndustrie.Data.AppDbContext>();
            var last = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {last}");
        }
        (ours, efCore) = await BothAsync();
        Assert.Single(efCore);
        Assert.Equal(efCore, ours);
    }

    [Fact]
    public void PostgresStatementsArePreparedAndConnectionsKeptUnlessTheConnectionStringSaysOtherwise()
    {
        var prepared = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseRegistration.WithPreparedStatements("Host=db;Username=u;Password=p"));
        Assert.Equal(256, prepared.MaxAutoPrepare);
        Assert.Equal("db", prepared.Host);
        Assert.Equal("-c plan_cache_mode=force_generic_plan", prepared.Options);
        Assert.True(prepared.NoResetOnClose);
        var unprepared = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseRegistration.WithPreparedStatements("Host=db;Max Auto Prepare=0"));
        Assert.Equal(0, unprepared.MaxAutoPrepare);
        Assert.True(string.IsNullOrEmpty(unprepared.Options));
        var ownOptions = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseRegistration.WithPreparedStatements("Host=db;Options=-c search_path=x"));
        Assert.Equal("-c search_path=x", ownOptions.Options);
        var reset = new Npgsql.NpgsqlConnectionStringBuilder(DatabaseRegistration.WithPreparedStatements("Host=db;No Reset On Close=false"));
        Assert.False(reset.NoResetOnClose);
    }

    [Fact]
    public void AnUnknownProviderIsRefusedNamingTheSetting()
    {
        var error = Assert.Throws<DatabaseConfigurationException>(() => Services(new()
        {
            ["Database:Provider"] = "Oracle",
            ["ConnectionStrings:Default"] = "Data Source=x.db",
        }));
        Assert.Contains("Database__Provider", error.Message);
        Assert.Contains("Oracle", error.Message);
    }

    internal static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddAppDatabase(configuration, Path.GetTempPath());
        services.AddScoped<ReferenceDataImporter>();
        return services.BuildServiceProvider();
    }
}
