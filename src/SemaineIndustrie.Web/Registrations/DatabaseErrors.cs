using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SemaineIndustrie.Web.Registrations;

internal static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067;

    /// <summary>A unique index refused the save, on either provider.</summary>
    public static bool IsUniqueViolation(DbException e) => e switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique,
        _ => false,
    };
}
