using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Writes a batch's new registrations and their first private links in two statements, inside the session's
/// transaction, instead of two statements per registration through the change tracker: under a burst the batch holds
/// the session's lock, and EF Core's statement per row was most of its time (ADR 0017). The same columns and values
/// as the entities would have written, on both providers; the database checks the same constraints, and a unique
/// violation raises the provider's exception (<see cref="DatabaseErrors"/>).
/// </summary>
internal static class RegistrationInserts
{
    private abstract record Column(string Name, NpgsqlDbType Type, bool Literal)
    {
        public abstract object? ValueOf(Registration r);
        public abstract object ArrayOf(IEnumerable<Registration> rows);
    }

    /// <param name="Literal">Numbers and enumeration names, written in the SQL itself on SQLite: they cannot carry text.</param>
    private sealed record Column<T>(string Name, NpgsqlDbType Type, Func<Registration, T> Get, bool Literal = false) : Column(Name, Type, Literal)
    {
        public override object? ValueOf(Registration r) => Get(r);
        public override object ArrayOf(IEnumerable<Registration> rows) => rows.Select(Get).ToArray();
    }

    /// <summary>Every column a new registration has a value for (the others start null).</summary>
    private static readonly Column[] Columns =
    [
        new Column<int>("SessionId", NpgsqlDbType.Integer, r => r.SessionId, Literal: true),
        new Column<string>("Kind", NpgsqlDbType.Text, r => r.Kind.ToString(), Literal: true),
        new Column<string>("Status", NpgsqlDbType.Text, r => r.Status.ToString(), Literal: true),
        new Column<string>("Channel", NpgsqlDbType.Text, r => r.Channel.ToString(), Literal: true),
        new Column<int>("ArrivalNumber", NpgsqlDbType.Integer, r => r.ArrivalNumber, Literal: true),
        new Column<int>("Places", NpgsqlDbType.Integer, r => r.Places, Literal: true),
        new Column<int>("Pupils", NpgsqlDbType.Integer, r => r.Pupils, Literal: true),
        new Column<int>("Adults", NpgsqlDbType.Integer, r => r.Adults, Literal: true),
        new Column<string?>("Establishment", NpgsqlDbType.Text, r => r.Establishment),
        new Column<string?>("Uai", NpgsqlDbType.Text, r => r.Uai),
        new Column<string?>("ClassLevel", NpgsqlDbType.Text, r => r.ClassLevel),
        new Column<string?>("Name", NpgsqlDbType.Text, r => r.Name),
        new Column<string?>("Email", NpgsqlDbType.Text, r => r.Email),
        new Column<string?>("Phone", NpgsqlDbType.Text, r => r.Phone),
        new Column<string?>("EmailKey", NpgsqlDbType.Text, r => r.EmailKey),
        new Column<DateTime?>("ConfirmedAtUtc", NpgsqlDbType.TimestampTz, r => r.ConfirmedAtUtc),
        new Column<DateTime>("CreatedAtUtc", NpgsqlDbType.TimestampTz, r => r.CreatedAtUtc),
        new Column<DateTime>("UpdatedAtUtc", NpgsqlDbType.TimestampTz, r => r.UpdatedAtUtc),
    ];

    private static readonly string ColumnList = string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    /// <summary>PostgreSQL: one array per column, unnested; the text never changes, so Npgsql prepares it once.</summary>
    private static readonly string UnnestRegistrations = $"INSERT INTO \"Registrations\" ({ColumnList}) SELECT * FROM unnest("
        + string.Join(", ", Columns.Select((_, i) => $"@c{i}")) + ") RETURNING \"Id\", \"ArrivalNumber\"";

    private const string UnnestLinks = "INSERT INTO \"RegistrationLinks\" (\"RegistrationId\", \"TokenHash\", \"CreatedAtUtc\") "
        + "SELECT registration, hash, @now FROM unnest(@registrations, @hashes) AS l(registration, hash)";

    /// <summary>Gives each registration its <see cref="Registration.Id"/>; each is written with its link's hash.</summary>
    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<(Registration Registration, string TokenHash)> rows, DateTime nowUtc, CancellationToken ct)
    {
        if (rows.Count > 0) await WriteAsync(db, rows, nowUtc, ct);
    }

    /// <summary>
    /// On PostgreSQL, runs both statements with empty arrays inside the caller's transaction: nothing is written, but
    /// Npgsql's array converters and the statements are ready before the first burst (<see cref="RegistrationWarmUp"/>).
    /// SQLite's statements are written per batch and have nothing to prepare.
    /// </summary>
    public static async Task PrepareAsync(AppDbContext db, CancellationToken ct)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection) await WriteAsync(db, [], DateTime.UtcNow, ct);
    }

    private static async Task WriteAsync(AppDbContext db, IReadOnlyList<(Registration Registration, string TokenHash)> rows, DateTime nowUtc, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Registrations are written under their session's lock.");
        var registrations = rows.Select(r => r.Registration).ToList();
        foreach (var r in registrations) r.CreatedAtUtc = r.UpdatedAtUtc = nowUtc;
        var postgres = connection is NpgsqlConnection;

        await using (var insert = Command(connection, transaction))
        {
            if (postgres)
            {
                insert.CommandText = UnnestRegistrations;
                for (var i = 0; i < Columns.Length; i++)
                    insert.Parameters.Add(new NpgsqlParameter($"c{i}", NpgsqlDbType.Array | Columns[i].Type) { Value = Columns[i].ArrayOf(registrations) });
            }
            else
            {
                var sql = new StringBuilder($"INSERT INTO \"Registrations\" ({ColumnList}) VALUES ");
                for (var i = 0; i < registrations.Count; i++)
                    sql.Append(i == 0 ? "(" : ", (").AppendJoin(", ", Columns.Select(c => Value(insert, c, registrations[i]))).Append(')');
                insert.CommandText = sql.Append(" RETURNING \"Id\", \"ArrivalNumber\"").ToString();
            }
            // The order of RETURNING rows is not promised: each registration is found again by its arrival number, unique in its session.
            var byArrival = registrations.ToDictionary(r => r.ArrivalNumber);
            await using var reader = await insert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) byArrival[reader.GetInt32(1)].Id = reader.GetInt32(0);
        }

        await using var links = Command(connection, transaction);
        if (postgres)
        {
            links.CommandText = UnnestLinks;
            links.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.TimestampTz) { Value = nowUtc });
            links.Parameters.Add(new NpgsqlParameter("registrations", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = registrations.Select(r => r.Id).ToArray() });
            links.Parameters.Add(new NpgsqlParameter("hashes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.TokenHash).ToArray() });
        }
        else
        {
            var now = Parameter(links, nowUtc);
            links.CommandText = "INSERT INTO \"RegistrationLinks\" (\"RegistrationId\", \"TokenHash\", \"CreatedAtUtc\") VALUES "
                + string.Join(", ", rows.Select(r => $"({Number(r.Registration.Id)}, {Parameter(links, r.TokenHash)}, {now})"));
        }
        await links.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = (int)SessionLock.LockWait.TotalSeconds;
        return command;
    }

    /// <summary>A column's value in a VALUES row: a literal for numbers and enumeration names, else a parameter.</summary>
    private static string Value(DbCommand command, Column column, Registration r) => column.ValueOf(r) switch
    {
        null => "NULL",
        int n when column.Literal => Number(n),
        string name when column.Literal && name.All(char.IsAsciiLetter) => $"'{name}'",
        var value => Parameter(command, value),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Parameter(DbCommand command, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
