using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Demo;

namespace SemaineIndustrie.Web.Infrastructure.Database;

public static class DatabaseStartup
{
    /// <summary>
    /// Brings the database to the current schema, loads the reference data and, when asked, the demo.
    /// A database that cannot be reached stops the application with a message naming the setting to fix.
    /// </summary>
    /// <param name="migrate">
    /// False when the deployment runs the <c>migrate</c> command before starting its instances (docs/deploy.md,
    /// <c>Database:MigrateAtStartup=false</c>): the start then only checks that no migration is pending, which skips
    /// the comparison of the model with the migrations (a good part of a cold start) and never lets two instances
    /// migrate at once.
    /// </param>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool seedDemo, bool migrate = true, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var settings = sp.GetRequiredService<DatabaseSettings>();
        try
        {
            if (migrate) await db.Database.MigrateAsync(ct);
            else if (await PendingMigrationsAsync(db, settings.Provider, ct) is { Count: > 0 } pending)
                throw new DatabaseConfigurationException(
                    $"La base de données n’est pas à jour ({pending.Count} migration(s) en attente, dont {pending[0]}) et Database__MigrateAtStartup " +
                    "vaut false : lancez d’abord la commande « migrate » de l’application, puis démarrez-la.");
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            var what = settings.Provider == DatabaseProvider.Postgres
                ? "Le serveur PostgreSQL ne répond pas ou refuse la connexion"
                : "Le fichier SQLite ne peut pas être ouvert";
            throw new DatabaseConfigurationException(
                $"{what} ({e.GetBaseException().Message}). Vérifiez le réglage ConnectionStrings__Default " +
                $"(et Database__Provider, qui vaut {settings.Provider}).", e);
        }
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets visitors read while a writer works, and survives a crash without losing acknowledged writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        await sp.GetRequiredService<ReferenceDataImporter>().ImportAsync(ct);
        if (seedDemo)
        {
            await sp.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(ct);
            await sp.GetRequiredService<DemoAccounts>().EnsureAsync(ct);
            await sp.GetRequiredService<Registrations.DemoRegistrations>().SeedIfEmptyAsync(ct);
        }
    }

    /// <summary>
    /// The migrations of the provider's assembly that the database's history table does not list, in order. The same
    /// answer as EF Core's <c>GetPendingMigrationsAsync</c>, read with two plain statements: EF builds a model of its
    /// history table at run time for that, 0.2 s of every start (issue 8). <c>DatabaseStartupTests</c> compares both.
    /// </summary>
    public static async Task<List<string>> PendingMigrationsAsync(AppDbContext db, DatabaseProvider provider, CancellationToken ct = default)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = provider == DatabaseProvider.Postgres
                ? "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL"
                : "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (Convert.ToBoolean(await command.ExecuteScalarAsync(ct)))
            {
                command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return KnownMigrations(provider).Where(id => !applied.Contains(id)).ToList();
    }

    /// <summary>The migrations of the provider's assembly, by id (which orders them), as EF Core finds them.</summary>
    private static IEnumerable<string> KnownMigrations(DatabaseProvider provider) =>
        (provider == DatabaseProvider.Postgres
            ? typeof(global::SemaineIndustrie.Migrations.Postgres.DesignTimeFactory).Assembly
            : typeof(global::SemaineIndustrie.Migrations.Sqlite.DesignTimeFactory).Assembly)
        .GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)) && !t.IsAbstract
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(AppDbContext))
        .Select(t => t.GetCustomAttribute<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>()?.Id)
        .OfType<string>()
        .Order(StringComparer.Ordinal);
}
