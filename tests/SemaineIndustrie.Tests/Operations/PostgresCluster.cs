using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Operations;

/// <summary>
/// A PostgreSQL server of the test's own (scripts/start-postgres.sh on a free port, data in a temporary folder), so that a
/// test may stop and restart it without touching the server the other tests share.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public int Port { get; } = Machine.FreePort();
    private string Folder => $"/tmp/semaine-ops-pg-{Port}";

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Password=postgres;Timeout=3";

    /// <summary>Creates an empty database on this server and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string database)
    {
        await using (var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        return ConnectionString(database);
    }

    public static async Task<PostgresCluster> StartAsync()
    {
        var cluster = new PostgresCluster();
        await Machine.RunAsync("bash", ["scripts/start-postgres.sh"], new Dictionary<string, string>
        {
            ["PGPORT"] = cluster.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["PGDATA_DIR"] = cluster.Folder,
        });
        return cluster;
    }

    /// <summary>An immediate stop: connections cut at once, as when the server crashes or its machine goes away.</summary>
    public Task StopAsync() => Machine.RunAsync(Backups.PostgresTool("pg_ctl"), ["-D", $"{Folder}/data", "-m", "immediate", "-w", "stop"], asUser: "postgres");

    public Task RestartAsync() => Machine.RunAsync(Backups.PostgresTool("pg_ctl"),
        ["-D", $"{Folder}/data", "-l", $"{Folder}/server.log", "-w", "-o", $"-p {Port} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300", "start"],
        asUser: "postgres");

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync(); } catch (InvalidOperationException) { /* already stopped */ }
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
