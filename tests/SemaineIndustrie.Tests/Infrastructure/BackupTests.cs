using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>The documented backup and restore, proved by restoring into another database and comparing every table.</summary>
public class BackupTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task ABackupTakenWhileTheServiceRunsRestoresEveryRowOfEveryTable(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        var file = Path.Combine(Path.GetTempPath(), "semaine-tests", $"backup-{Guid.NewGuid():N}.{(provider == DatabaseProvider.Sqlite ? "db" : "dump")}");
        await using var restored = await TestDatabase.CreateAsync(provider);
        try
        {
            await new Backups(app.Services.GetRequiredService<DatabaseSettings>()).BackupAsync(file);
            await new Backups(new DatabaseSettings(provider, restored.ConnectionString)).RestoreAsync(file);

            var tables = await app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
                .Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList()));
            var original = await app.WithDbAsync(db => DigestAsync(db.Database.GetDbConnection(), tables));
            var copy = await DigestAsync(Connect(provider, restored.ConnectionString), tables);

            Assert.Equal(34_969, original["Communes"].Rows);
            Assert.True(original["Events"].Rows > 0);
            Assert.Equal(original, copy);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RestoringAFileThatDoesNotExistSaysSoAndLeavesTheDatabaseAlone()
    {
        var app = await CatalogueApps.GetAsync(DatabaseProvider.Sqlite);
        var backups = new Backups(app.Services.GetRequiredService<DatabaseSettings>());
        var before = await app.WithDbAsync(db => db.Events.CountAsync());

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => backups.RestoreAsync("/nonexistent/backup.db"));

        Assert.Contains("n’existe pas", error.Message);
        Assert.Equal(before, await app.WithDbAsync(db => db.Events.CountAsync()));
    }

    private static DbConnection Connect(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Sqlite
        ? new Microsoft.Data.Sqlite.SqliteConnection(connectionString)
        : new Npgsql.NpgsqlConnection(connectionString);

    /// <summary>Each table's row count and a hash of its rows in a stable order, every column's value written out.</summary>
    private static async Task<Dictionary<string, (int Rows, string Hash)>> DigestAsync(DbConnection connection, IEnumerable<string> tables)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        var digests = new Dictionary<string, (int, string)>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            var rows = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                {
                    var values = new object[reader.FieldCount];
                    reader.GetValues(values);
                    rows.Add(string.Join('\u001f', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
                }
            rows.Sort(StringComparer.Ordinal);
            digests[table] = (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)))));
        }
        return digests;
    }
}
