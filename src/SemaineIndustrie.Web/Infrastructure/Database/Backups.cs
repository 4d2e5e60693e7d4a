using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SemaineIndustrie.Web.Infrastructure.Database;

/// <summary>
/// The documented backup and restore (README, docs/deploy.md): <c>backup FILE</c> while the service runs, <c>restore FILE</c>
/// with the service stopped. SQLite: the online backup API, a consistent copy even while others write. PostgreSQL:
/// pg_dump in its custom format, read back by pg_restore (both from Debian's postgresql-client, same major version).
/// </summary>
public sealed class Backups(DatabaseSettings settings)
{
    public async Task BackupAsync(string file, CancellationToken ct = default)
    {
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            if (File.Exists(target)) File.Delete(target);
            await using var source = new SqliteConnection(settings.ConnectionString);
            await source.OpenAsync(ct);
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ConnectionString);
            await copy.OpenAsync(ct);
            source.BackupDatabase(copy);
            return;
        }
        await RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", target], ct);
    }

    /// <summary>Replaces the database's content by the backup's. The application must be stopped.</summary>
    public async Task RestoreAsync(string file, CancellationToken ct = default)
    {
        var source = Path.GetFullPath(file);
        if (!File.Exists(source)) throw new FileNotFoundException($"La sauvegarde « {source} » n’existe pas.", source);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
            await backup.OpenAsync(ct);
            await using var database = new SqliteConnection(settings.ConnectionString);
            await database.OpenAsync(ct);
            backup.BackupDatabase(database);
            SqliteConnection.ClearAllPools();
            return;
        }
        // --clean drops what the backup holds before recreating it; extensions and their functions come back with it.
        await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", source], ct);
        NpgsqlConnection.ClearAllPools();
    }

    private async Task RunAsync(string tool, IEnumerable<string> arguments, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var start = new ProcessStartInfo(PostgresTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add(connection.Database ?? "postgres");
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        if (connection.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} n’a pas pu démarrer.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} a échoué (code {process.ExitCode}) : {(await errors).Trim()}");
    }

    /// <summary>The newest installed PostgreSQL's tool (Debian keeps them per major version), else the PATH's.</summary>
    public static string PostgresTool(string tool) =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).Where(File.Exists)
                .OrderByDescending(p => p, StringComparer.Ordinal).FirstOrDefault() ?? tool
            : tool;
}
