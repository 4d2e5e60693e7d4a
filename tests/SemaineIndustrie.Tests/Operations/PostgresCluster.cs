namespace SemaineIndustrie.Tests.Operations;

/// <summary>
/// A PostgreSQL server of the test's own (scripts/start-postgres.sh on a free port, data in a temporary folder), so that a
/// test may stop and restart it without touching the server the other tests share.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public int Port { get; } = Machine.FreePort();
    private string Folder => $"/tmp/semaine-ops-pg-{Port}";
    private static string Bin => Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
        .Where(d => File.Exists(Path.Combine(d, "pg_ctl"))).OrderByDescending(d => d, StringComparer.Ordinal).First();

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Password=postgres;Timeout=3";

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
    public Task StopAsync() => Machine.RunAsync(Path.Combine(Bin, "pg_ctl"), ["-D", $"{Folder}/data", "-m", "immediate", "-w", "stop"], asUser: "postgres");

    public Task RestartAsync() => Machine.RunAsync(Path.Combine(Bin, "pg_ctl"),
        ["-D", $"{Folder}/data", "-l", $"{Folder}/server.log", "-w", "-o", $"-p {Port} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300", "start"],
        asUser: "postgres");

    public async ValueTask DisposeAsync()
    {
        try { await StopAsync(); } catch (InvalidOperationException) { /* already stopped */ }
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
