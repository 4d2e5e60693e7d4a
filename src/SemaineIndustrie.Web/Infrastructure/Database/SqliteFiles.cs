using Microsoft.Data.Sqlite;

namespace SemaineIndustrie.Web.Infrastructure.Database;

internal static class SqliteFiles
{
    /// <summary>Makes a relative SQLite file path relative to the content root and creates its folder.</summary>
    public static string ResolveDataSource(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            return builder.ToString();
        if (!Path.IsPathRooted(dataSource))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        // Waiting on a writer is better than failing a visitor's request with SQLITE_BUSY.
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
