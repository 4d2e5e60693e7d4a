using Microsoft.EntityFrameworkCore;

namespace SemaineIndustrie.Web.Infrastructure.Database;

/// <summary>
/// The statements of one page on one connection: EF Core otherwise takes a connection from the pool and gives it back
/// around each statement, and a public page runs three (an event) to a dozen (a list with its counts). Opening it here
/// keeps it open until the page's reads end; EF Core counts the openings, so these reads may nest.
/// </summary>
public static class OneConnection
{
    public static async Task<T> ReadAsync<T>(DbContext db, Func<Task<T>> read, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await read();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
