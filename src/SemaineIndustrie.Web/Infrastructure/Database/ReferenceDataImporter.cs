using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.ReferenceLists;
using SemaineIndustrie.Data.Territories;

namespace SemaineIndustrie.Web.Infrastructure.Database;

/// <summary>
/// Loads the reference data shipped in ReferenceData/ (territories, reference lists, past editions)
/// into an empty database. Each table is filled only when it is empty, so a restart never duplicates
/// nor overwrites what administrators changed.
/// </summary>
public sealed class ReferenceDataImporter(AppDbContext db, ILogger<ReferenceDataImporter> logger)
{
    // Sectors named by the week's press releases that duplicate a current comité stratégique de filière.
    private static readonly HashSet<string> DuplicatedSectorCodes =
        ["SDI_AERONAUTIQUE", "SDI_AUTOMOBILE", "SDI_BOIS", "SDI_SANTE", "SDI_AGROALIMENTAIRE"];

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "ReferenceData");

    private static IEnumerable<IReadOnlyDictionary<string, string>> Csv(string name) => CsvFile.Read(Path.Combine(Folder, name));

    /// <summary>The entities this fills, each only when its table is empty.</summary>
    private static readonly Type[] Filled = [typeof(Region), typeof(EventKind), typeof(Audience), typeof(Theme), typeof(Sector), typeof(Edition)];

    public async Task ImportAsync(CancellationToken ct = default)
    {
        // At every start but the first, everything is there: one statement says so, where six LINQ queries would each
        // be compiled first (a tenth of a second of each cold start, issue 8). Table names come from the model.
        var tables = Filled.Select(t => db.Model.FindEntityType(t)!.GetTableName()).ToList();
        var sql = "SELECT " + string.Join(" + ", tables.Select(t => $"(CASE WHEN EXISTS (SELECT 1 FROM \"{t}\") THEN 1 ELSE 0 END)")) + " AS \"Value\"";
        if ((await db.Database.SqlQueryRaw<int>(sql).ToListAsync(ct)).Single() == tables.Count) return;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await ImportTerritoriesAsync(ct);
            await ImportListAsync(db.EventKinds, "event_kinds.csv", (code, label) => new EventKind { Code = code, Label = label }, ct);
            await ImportListAsync(db.Audiences, "audiences.csv", (code, label) => new Audience { Code = code, Label = label }, ct);
            await ImportListAsync(db.Themes, "themes.csv", (code, label) => new Theme { Code = code, Label = label }, ct);
            await ImportSectorsAsync(ct);
            await ImportEditionsAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }
    }

    private async Task ImportTerritoriesAsync(CancellationToken ct)
    {
        if (await db.Regions.AnyAsync(ct)) return;
        db.Regions.AddRange(Csv("regions.csv").Select(r => new Region { Code = r["code"], Name = r["name"] }));
        var extras = Csv("department_extras.csv").ToDictionary(r => r["code"]);
        db.Departments.AddRange(Csv("departments.csv").Select(r => new Department
        {
            Code = r["code"],
            Name = r["name"],
            RegionCode = r["region_code"],
            TimeZoneId = extras.TryGetValue(r["code"], out var x) ? x["time_zone"] : "Europe/Paris",
            Population = extras.TryGetValue(r["code"], out var y) ? int.Parse(y["population"], CultureInfo.InvariantCulture) : 0,
        }));
        await db.SaveChangesAsync(ct);

        var count = 0;
        foreach (var chunk in Csv("communes.csv").Chunk(5000))
        {
            db.Communes.AddRange(chunk.Select(r => new Commune
            {
                InseeCode = r["insee_code"],
                Name = r["name"],
                DepartmentCode = r["department_code"],
                PostalCodes = r["postal_codes"],
                Latitude = ParseDouble(r["latitude"]),
                Longitude = ParseDouble(r["longitude"]),
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            count += chunk.Length;
        }
        logger.LogInformation("Référentiel territorial chargé : {Count} communes.", count);
    }

    private async Task ImportListAsync<T>(DbSet<T> set, string file, Func<string, string, T> create, CancellationToken ct)
        where T : ReferenceItem
    {
        if (await set.AnyAsync(ct)) return;
        var order = 0;
        foreach (var row in Csv(file))
        {
            var item = create(row["code"], row["label"]);
            item.SortOrder = ++order;
            set.Add(item);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task ImportSectorsAsync(CancellationToken ct)
    {
        if (await db.Sectors.AnyAsync(ct)) return;
        var order = 0;
        foreach (var row in Csv("sectors.csv"))
        {
            db.Sectors.Add(new Sector
            {
                Code = row["code"],
                Label = row["label"],
                Source = row["kind"],
                SortOrder = ++order,
                IsActive = row["kind"] != "csf_former" && !DuplicatedSectorCodes.Contains(row["code"]),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task ImportEditionsAsync(CancellationToken ct)
    {
        if (await db.Editions.AnyAsync(ct)) return;
        foreach (var row in Csv("editions.csv"))
        {
            db.Editions.Add(new Edition
            {
                Year = int.Parse(row["year"], CultureInfo.InvariantCulture),
                Number = ParseInt(row["edition_number"]),
                WeekStart = ParseDate(row["start_date"]),
                WeekEnd = ParseDate(row["end_date"]),
                Theme = NullIfEmpty(row["theme"]),
                Status = EditionStatus.Archived,
                Published = new PublishedFigures
                {
                    EventsCount = ParseInt(row["events_count"]),
                    EventsQualifier = NullIfEmpty(row["events_qualifier"]),
                    ParticipantsCount = ParseInt(row["participants_count"]),
                    ParticipantsQualifier = NullIfEmpty(row["participants_qualifier"]),
                    Notes = NullIfEmpty(row["notes"]),
                    SourceUrls = NullIfEmpty(row["source_urls"]),
                },
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private static string? NullIfEmpty(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    private static int? ParseInt(string s) => int.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : null;
    private static double? ParseDouble(string s) => double.TryParse(s, CultureInfo.InvariantCulture, out var v) ? v : null;
    private static DateOnly? ParseDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
