using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Writes a batch's new registrations and their first private links in two statements (multi-row INSERT), inside the
/// session's transaction, instead of two statements per registration through the change tracker: under a burst the
/// batch holds the session's lock, and EF Core's statement per row was most of its time (ADR 0017). The same columns
/// and values as the entities would have written, on both providers; the database checks the same constraints, and
/// a unique violation raises the provider's exception (<see cref="DatabaseErrors"/>).
/// </summary>
internal static class RegistrationInserts
{
    /// <summary>Gives each registration its <see cref="Registration.Id"/>; each is written with its link's hash.</summary>
    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<(Registration Registration, string TokenHash)> rows, DateTime nowUtc, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Registrations are written under their session's lock.");

        await using (var insert = Command(connection, transaction))
        {
            var sql = new StringBuilder("INSERT INTO \"Registrations\" (\"SessionId\", \"Kind\", \"Status\", \"Channel\", \"ArrivalNumber\", ")
                .Append("\"Places\", \"Pupils\", \"Adults\", \"Establishment\", \"Uai\", \"ClassLevel\", \"Name\", \"Email\", \"Phone\", ")
                .Append("\"EmailKey\", \"ConfirmedAtUtc\", \"CreatedAtUtc\", \"UpdatedAtUtc\") VALUES ");
            var now = Parameter(insert, nowUtc);
            for (var i = 0; i < rows.Count; i++)
            {
                var r = rows[i].Registration;
                r.CreatedAtUtc = r.UpdatedAtUtc = nowUtc;
                // Numbers and enumeration names are written as literals (they cannot carry text); what people typed is a parameter.
                sql.Append(i == 0 ? "(" : ", (")
                    .Append(Number(r.SessionId)).Append(", '").Append(r.Kind).Append("', '").Append(r.Status).Append("', '").Append(r.Channel).Append("', ")
                    .Append(Number(r.ArrivalNumber)).Append(", ").Append(Number(r.Places)).Append(", ").Append(Number(r.Pupils)).Append(", ").Append(Number(r.Adults))
                    .Append(", ").Append(Parameter(insert, r.Establishment)).Append(", ").Append(Parameter(insert, r.Uai))
                    .Append(", ").Append(Parameter(insert, r.ClassLevel)).Append(", ").Append(Parameter(insert, r.Name))
                    .Append(", ").Append(Parameter(insert, r.Email)).Append(", ").Append(Parameter(insert, r.Phone))
                    .Append(", ").Append(Parameter(insert, r.EmailKey))
                    .Append(", ").Append(r.ConfirmedAtUtc is { } confirmed ? Parameter(insert, confirmed) : "NULL")
                    .Append(", ").Append(now).Append(", ").Append(now).Append(')');
            }
            insert.CommandText = sql.Append(" RETURNING \"Id\", \"ArrivalNumber\"").ToString();
            // The order of RETURNING rows is not promised: each registration is found again by its arrival number.
            var bySessionArrival = rows.ToDictionary(r => r.Registration.ArrivalNumber, r => r.Registration);
            await using var reader = await insert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) bySessionArrival[reader.GetInt32(1)].Id = reader.GetInt32(0);
        }

        await using var links = Command(connection, transaction);
        var linkSql = new StringBuilder("INSERT INTO \"RegistrationLinks\" (\"RegistrationId\", \"TokenHash\", \"CreatedAtUtc\") VALUES ");
        var created = Parameter(links, nowUtc);
        for (var i = 0; i < rows.Count; i++)
            linkSql.Append(i == 0 ? "(" : ", (").Append(Number(rows[i].Registration.Id)).Append(", ")
                .Append(Parameter(links, rows[i].TokenHash)).Append(", ").Append(created).Append(')');
        links.CommandText = linkSql.ToString();
        await links.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = (int)SessionLock.LockWait.TotalSeconds;
        return command;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds a parameter and returns its name; a null becomes the literal NULL.</summary>
    private static string Parameter(DbCommand command, object? value)
    {
        if (value is null) return "NULL";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
