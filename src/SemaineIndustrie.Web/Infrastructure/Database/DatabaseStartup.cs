using System.Data.Common;
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
            else if ((await db.Database.GetPendingMigrationsAsync(ct)).ToList() is { Count: > 0 } pending)
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
}
