using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// Every matching event as a spreadsheet, one row per event (its first start, its last end and its number of sessions:
/// ADR 0005), streamed in the list page's order.
/// </summary>
public static class EventsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
    [
        "Identifiant", "Titre", "Résumé", "Type", "Filières", "Publics", "Organisateur", "Lieu", "Adresse", "Code postal",
        "Commune", "Code commune INSEE", "Département", "Code département", "Région", "Latitude", "Longitude", "En ligne",
        "Accessible PMR", "Gratuit", "Temps fort", "Début", "Fin", "Fuseau horaire", "Nombre de séances", "Page de l’événement",
    ];

    public static void MapEventsCsv(this RouteGroupBuilder api) =>
        api.MapGet("/events.csv", SpreadsheetAsync)
            .WithName("EventsCsv")
            .WithSummary("Les événements de la recherche en tableur (CSV)")
            .WithDescription("Un fichier CSV qui s’ouvre tel quel dans Excel en français : UTF-8 avec BOM, « ; » comme séparateur, "
                + "virgule décimale, fins de ligne CRLF. Une ligne par événement (début de sa première séance, fin de la dernière, nombre de séances), "
                + "tous les événements de la recherche sans pagination. Les critères ignorés sont dans l’en-tête X-Notices.")
            .WithSearchParameters(paged: false)
            .Produces<string>(StatusCodes.Status200OK, ContentType);

    private sealed record Row(
        int Id, string Title, string Summary, string Kind, string Sectors, string Audiences, string Organisation,
        string? Venue, string? Address, string? PostalCode, string Commune, string CommuneCode, string Department, string DepartmentCode,
        string Region, double? Latitude, double? Longitude, string? OnlineUrl, bool Accessible, bool Free, bool Featured,
        DateTime? StartsAtUtc, DateTime? EndsAtUtc, string TimeZoneId, int Sessions);

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> SpreadsheetAsync(
        HttpContext http, EventSearch search, AppDbContext db, EventLinks links, CancellationToken ct)
    {
        var request = await ApiSearchRequest.ReadAsync(http, search, ct);
        if (request.Problem is { } problem) return problem;
        var year = request.Search?.Edition.Year.ToString() ?? "aucune-edition";

        return TypedResults.Stream(async body =>
        {
            await body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), ct);
            await using var text = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
            await text.WriteAsync(CsvFormat.Line(Header));
            await foreach (var batch in request.OrderedBatchesAsync(search, db, ct))
            {
                var rows = await ReadAsync(db.Events.AsNoTracking().Where(e => batch.Contains(e.Id)), ct);
                foreach (var id in batch)
                    if (rows.TryGetValue(id, out var row)) await text.WriteAsync(CsvFormat.Line(Cells(row, links.EventPage(id))));
            }
        }, ContentType, $"evenements-semaine-industrie-{year}.csv");
    }

    /// <summary>
    /// Rows, then the sectors' and audiences' labels as flat lists: ten times faster than letting a projection load
    /// the two collections, which repeats every join of the row for each.
    /// </summary>
    private static async Task<Dictionary<int, Row>> ReadAsync(IQueryable<Event> events, CancellationToken ct)
    {
        var rows = await events.Select(e => new Row(
            e.Id, e.Title, e.Summary, e.Kind!.Label, "", "", e.Organisation!.Name, e.Venue, e.Address, e.PostalCode ?? e.Commune!.PostalCodes,
            e.Commune!.Name, e.CommuneCode, e.Department!.Name, e.DepartmentCode, e.Department.Region!.Name, e.Latitude, e.Longitude,
            e.OnlineUrl, e.IsAccessibleReducedMobility, e.IsFree, e.IsFeatured, e.StartsAtUtc, e.EndsAtUtc, e.Department.TimeZoneId,
            e.Sessions.Count)).ToDictionaryAsync(r => r.Id, ct);
        var sectors = await events.SelectMany(e => e.Sectors, (e, s) => new { e.Id, s.Label }).ToListAsync(ct);
        var audiences = await events.SelectMany(e => e.Audiences, (e, a) => new { e.Id, a.Label, a.SortOrder }).ToListAsync(ct);
        foreach (var g in sectors.GroupBy(s => s.Id))
            rows[g.Key] = rows[g.Key] with { Sectors = string.Join(", ", g.Select(s => s.Label).Order(StringComparer.Create(FrenchTime.Culture, ignoreCase: true))) };
        foreach (var g in audiences.GroupBy(a => a.Id))
            rows[g.Key] = rows[g.Key] with { Audiences = string.Join(", ", g.OrderBy(a => a.SortOrder).Select(a => a.Label)) };
        return rows;
    }

    private static IEnumerable<string> Cells(Row r, string url) =>
    [
        CsvFormat.Number(r.Id), CsvFormat.Text(r.Title), CsvFormat.Text(r.Summary), CsvFormat.Text(r.Kind), CsvFormat.Text(r.Sectors),
        CsvFormat.Text(r.Audiences), CsvFormat.Text(r.Organisation), CsvFormat.Text(r.Venue), CsvFormat.Text(r.Address),
        CsvFormat.Text(ApiCommune.First(r.PostalCode)), CsvFormat.Text(r.Commune), CsvFormat.Text(r.CommuneCode), CsvFormat.Text(r.Department),
        CsvFormat.Text(r.DepartmentCode), CsvFormat.Text(r.Region), CsvFormat.Number(r.Latitude), CsvFormat.Number(r.Longitude),
        CsvFormat.Text(r.OnlineUrl), CsvFormat.YesNo(r.Accessible), CsvFormat.YesNo(r.Free), CsvFormat.YesNo(r.Featured),
        CsvFormat.LocalTime(r.StartsAtUtc, r.TimeZoneId), CsvFormat.LocalTime(r.EndsAtUtc, r.TimeZoneId), r.TimeZoneId,
        CsvFormat.Number(r.Sessions), CsvFormat.Text(url),
    ];
}
