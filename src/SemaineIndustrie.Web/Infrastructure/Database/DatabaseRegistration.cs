using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Auditing;

namespace SemaineIndustrie.Web.Infrastructure.Database;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Chooses the database from configuration (<c>Database__Provider</c>, <c>ConnectionStrings__Default</c>).</summary>
public static class DatabaseRegistration
{
    public static DatabaseProvider GetDatabaseProvider(this IConfiguration configuration)
    {
        var value = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new DatabaseConfigurationException(
                $"Le réglage Database__Provider vaut « {value} » : les valeurs possibles sont Sqlite et Postgres.");
    }

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetDatabaseProvider();
        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new DatabaseConfigurationException("Le réglage ConnectionStrings__Default est vide : indiquez la chaîne de connexion à la base.");
        if (provider == DatabaseProvider.Sqlite)
            connectionString = SqliteFiles.ResolveDataSource(connectionString, contentRoot);
        else
            connectionString = WithPreparedStatements(connectionString);

        services.AddSingleton(new DatabaseSettings(provider, connectionString));
        services.AddSingleton<AuditingInterceptor>();
        services.AddDbContextPool<AppDbContext>((sp, options) =>
        {
            Configure(options, provider, connectionString);
            options.AddInterceptors(sp.GetRequiredService<AuditingInterceptor>());
            if (sp.GetService<Caching.CatalogueChangeInterceptor>() is { } catalogueChanges) options.AddInterceptors(catalogueChanges);
        });
        return services;
    }

    /// <summary>
    /// PostgreSQL plans each statement anew unless it is prepared, and the site's statements join the event to six
    /// reference tables: planning took 3 to 9 ms per statement, several times the execution (issue 8, the event page).
    /// Npgsql prepares the statements used twice or more (256 per connection), unless the connection string says
    /// otherwise (<c>Max Auto Prepare=0</c> turns it off).
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        if (connectionString.Replace(" ", "").Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)) return connectionString;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.MaxAutoPrepare = 256;
        builder.AutoPrepareMinUsages = 2;
        return builder.ConnectionString;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o
                    .MigrationsAssembly("SemaineIndustrie.Migrations.Postgres")
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            default:
                options.UseSqlite(connectionString, o => o
                    .MigrationsAssembly("SemaineIndustrie.Migrations.Sqlite")
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
        }
    }
}

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString);

/// <summary>A database setting that cannot work; the message names the setting to fix.</summary>
public sealed class DatabaseConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
