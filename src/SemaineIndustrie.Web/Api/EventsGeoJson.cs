using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// Every matching event with a position, as GeoJSON points for the map: the same query string as the list pages, not
/// paged, and lean (a few columns read, written as they are read) because the map asks for the whole edition at once.
/// </summary>
public static class EventsGeoJson
{
    public const string ContentType = "application/geo+json";
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapEventsGeoJson(this RouteGroupBuilder api) =>
        api.MapGet("/events.geojson", MapAsync)
            .WithName("EventsGeoJson")
            .WithSummary("Les événements de la recherche sur une carte (GeoJSON)")
            .WithDescription("Une FeatureCollection (RFC 7946) de points [longitude, latitude] : tous les événements localisés qui répondent "
                + "à la recherche, sans pagination (les événements en ligne, sans position, n’y figurent pas). Propriétés : id, title, "
                + "startsAt, commune (nom), department (code), kind (libellé), featured, url. « notices » signale les critères ignorés.")
            .WithSearchParameters(paged: false)
            .Produces(StatusCodes.Status200OK, contentType: ContentType);

    private sealed record Point(
        int Id, string Title, DateTime? StartsAtUtc, string TimeZoneId, string Commune, string Department, string Kind, bool Featured,
        double Latitude, double Longitude);

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> MapAsync(
        HttpContext http, EventSearch search, AppDbContext db, EventLinks links, CancellationToken ct)
    {
        var request = await ApiSearchRequest.ReadAsync(http, search, ct);
        if (request.Problem is { } problem) return problem;
        var points = request.Ordered(search, db)
            .Where(e => e.Latitude != null && e.Longitude != null)
            .Select(e => new Point(e.Id, e.Title, e.StartsAtUtc, e.Department!.TimeZoneId, e.Commune!.Name, e.DepartmentCode,
                e.Kind!.Label, e.IsFeatured, e.Latitude!.Value, e.Longitude!.Value));

        return TypedResults.Stream(async body =>
        {
            await using var json = new Utf8JsonWriter(body, Options);
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("notices");
            foreach (var notice in request.Notices) json.WriteStringValue(notice);
            json.WriteEndArray();
            json.WriteStartArray("features");
            await foreach (var p in points.AsAsyncEnumerable().WithCancellation(ct))
            {
                WriteFeature(json, p, links.EventPage(p.Id));
                if (json.BytesPending > 32 * 1024) await json.FlushAsync(ct);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(ct);
        }, ContentType);
    }

    private static void WriteFeature(Utf8JsonWriter json, Point p, string url)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteNumber("id", p.Id);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        // Five decimals: about a metre, and a third of the bytes of a full double.
        json.WriteNumberValue(Math.Round(p.Longitude, 5));
        json.WriteNumberValue(Math.Round(p.Latitude, 5));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteNumber("id", p.Id);
        json.WriteString("title", p.Title);
        if (p.StartsAtUtc is { } start) json.WriteString("startsAt", ApiTime.Local(start, p.TimeZoneId));
        else json.WriteNull("startsAt");
        json.WriteString("commune", p.Commune);
        json.WriteString("department", p.Department);
        json.WriteString("kind", p.Kind);
        json.WriteBoolean("featured", p.Featured);
        json.WriteString("url", url);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
