using Npgsql;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>A fresh, empty database on a real server: a SQLite file, or a PostgreSQL database on the test server.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The PostgreSQL server the tests use; scripts/start-postgres.sh starts one there.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    private readonly string name;

    private TestDatabase(DatabaseProvider provider, string connectionString, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.name = name;
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var name = "si_test_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "semaine-tests");
            Directory.CreateDirectory(folder);
            return new TestDatabase(provider, $"Data Source={Path.Combine(folder, name + ".db")}", name);
        }
        await using var connection = new NpgsqlConnection(PostgresServer);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception e)
        {
            throw new InvalidOperationException(
                $"PostgreSQL is not reachable at « {PostgresServer} »: run scripts/start-postgres.sh or set TEST_POSTGRES. ({e.Message})", e);
        }
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection)) await create.ExecuteNonQueryAsync();
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(file + suffix)) File.Delete(file + suffix);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
