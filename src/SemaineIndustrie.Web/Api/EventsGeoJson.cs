using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// Every matching event with a position, as GeoJSON points for the map: the same query string as the list pages, not
/// paged, and lean (a few columns read, serialised as they are read) because the map asks for a whole edition at once.
/// </summary>
public static class EventsGeoJson
{
    public const string ContentType = "application/geo+json";

    public static void MapEventsGeoJson(this RouteGroupBuilder api) =>
        api.MapGet("/events.geojson", MapAsync)
            .WithName("EventsGeoJson")
            .WithSummary("Les événements de la recherche sur une carte (GeoJSON)")
            .WithDescription("Une FeatureCollection (RFC 7946) de points [longitude, latitude] : tous les événements localisés qui répondent "
                + "à la recherche, sans pagination (les événements en ligne, sans position, n’y figurent pas). « notices » signale les critères ignorés.")
            .WithSearchParameters(paged: false)
            .Produces<FeatureCollection>(StatusCodes.Status200OK, ContentType);

    public sealed record FeatureCollection(IReadOnlyList<string> Notices, IAsyncEnumerable<Feature> Features)
    {
        [JsonPropertyOrder(-1)] public string Type => "FeatureCollection";
    }

    public sealed record Feature(int Id, Point Geometry, FeatureProperties Properties)
    {
        [JsonPropertyOrder(-1)] public string Type => "Feature";
    }

    /// <param name="Coordinates">Longitude then latitude, to five decimals (about a metre).</param>
    public sealed record Point(double[] Coordinates)
    {
        [JsonPropertyOrder(-1)] public string Type => "Point";
    }

    /// <param name="Commune">The commune's name.</param>
    /// <param name="Department">The department's code.</param>
    /// <param name="Kind">The kind's label, as a popup shows it.</param>
    public sealed record FeatureProperties(
        int Id, string Title, DateTimeOffset? StartsAt, string Commune, string Department, string Kind, bool Featured, string Url);

    private sealed record Row(
        int Id, string Title, DateTime? StartsAtUtc, string TimeZoneId, string Commune, string Department, string Kind, bool Featured,
        double Latitude, double Longitude);

    private static async Task<Results<JsonHttpResult<FeatureCollection>, ValidationProblem>> MapAsync(
        HttpContext http, EventSearch search, AppDbContext db, EventLinks links, CancellationToken ct)
    {
        var request = await ApiSearchRequest.ReadAsync(http, search, ct);
        if (request.Problem is { } problem) return problem;
        var rows = request.Ordered(search, db)
            .Where(e => e.Latitude != null && e.Longitude != null)
            .Select(e => new Row(e.Id, e.Title, e.StartsAtUtc, e.Department!.TimeZoneId, e.Commune!.Name, e.DepartmentCode,
                e.Kind!.Label, e.IsFeatured, e.Latitude!.Value, e.Longitude!.Value));
        return TypedResults.Json(new FeatureCollection(request.Notices, Features(rows, links, ct)), contentType: ContentType);
    }

    private static async IAsyncEnumerable<Feature> Features(IQueryable<Row> rows, EventLinks links, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
            yield return new Feature(r.Id,
                new Point([Math.Round(r.Longitude, 5), Math.Round(r.Latitude, 5)]),
                new FeatureProperties(r.Id, r.Title, r.StartsAtUtc is { } start ? ApiTime.Local(start, r.TimeZoneId) : null,
                    r.Commune, r.Department, r.Kind, r.Featured, links.EventPage(r.Id)));
    }
}
