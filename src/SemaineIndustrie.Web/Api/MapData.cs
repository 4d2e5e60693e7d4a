using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SemaineIndustrie.Web.Infrastructure.Caching;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// The map's own data (ADR 0013): a lean GeoJSON (id, point, title: the popup asks <c>/api/v1/events/{id}</c> for the
/// rest), built once per normalised search and catalogue version, compressed once at the best levels (Brotli and
/// gzip), and served from memory as nginx serves a pre-compressed file. Concurrent misses share one build.
/// </summary>
public static class EventsMap
{
    private const string RelativePath = "/events.map.geojson";
    public const string Path = PublicApi.Prefix + RelativePath;

    public static void MapEventsMap(this RouteGroupBuilder api) =>
        api.MapGet(RelativePath, MapAsync)
            .WithName("EventsMap")
            .WithSummary("Les événements de la recherche pour une carte, en bref (GeoJSON)")
            .WithDescription("La même recherche que /events.geojson, réduite à ce qu’une carte dessine : le numéro, le point "
                + "[longitude, latitude] et le titre de chaque événement localisé. Le reste se lit dans /events/{id}.")
            .WithSearchParameters(paged: false)
            .CacheOutput(b => b.NoCache())
            .Produces<string>(StatusCodes.Status200OK, EventsGeoJson.ContentType);

    private static async Task<IResult> MapAsync(HttpContext http, MapDataCache cache)
    {
        var parsed = EventFilterParser.Parse(http.Request.Query);
        if (parsed.Errors.Count > 0) return ApiProblems.Invalid(parsed.Errors);
        var document = await cache.GetAsync(parsed.Filter, http.Request.QueryString.Value ?? "");
        await ServeAsync(http, document);
        return Results.Empty;
    }

    /// <summary>
    /// Serves the map's documents already built before the rest of the pipeline (routing, accounts, rate limit, output
    /// cache, compression: ADR 0020), as the static files are: a GET of the map's path whose query string was answered
    /// before in this catalogue version. A cross-origin request (CORS headers) and anything else go on to the endpoint.
    /// </summary>
    public static IApplicationBuilder UseBuiltMapData(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<MapDataCache>();
        return app.Use((http, next) =>
        {
            var request = http.Request;
            return HttpMethods.IsGet(request.Method) && request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase)
                && !request.Headers.ContainsKey(HeaderNames.Origin)
                && cache.TryGetBuilt(request.QueryString.Value ?? "", out var document)
                    ? ServeAsync(http, document)
                    : next(http);
        });
    }

    /// <summary>The document as the client takes it: Brotli, gzip, or decompressed for a client that takes neither.</summary>
    private static Task ServeAsync(HttpContext http, MapDocument document)
    {
        var response = http.Response;
        foreach (var notice in document.Notices) response.Headers.Append(ApiSearchRequest.NoticesHeader, Uri.EscapeDataString(notice));
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.ETag = document.ETag;
        // Browsers ask again each time and get a 304 while the catalogue has not changed.
        response.Headers.CacheControl = "no-cache";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == document.ETag || t.Trim() == "*")))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = EventsGeoJson.ContentType;
        var accepted = http.Request.Headers.AcceptEncoding.ToString();
        (string Coding, byte[] Bytes)? encoded =
            Accepts(accepted, "br") ? ("br", document.Brotli) : Accepts(accepted, "gzip") ? ("gzip", document.Gzip) : null;
        if (encoded is not { } chosen) return DecompressedAsync(http, document);
        response.Headers.ContentEncoding = chosen.Coding;
        response.ContentLength = chosen.Bytes.Length;
        return response.Body.WriteAsync(chosen.Bytes, http.RequestAborted).AsTask();
    }

    /// <summary>A client that takes no compression: rare enough to be decompressed on the way out rather than kept.</summary>
    private static async Task DecompressedAsync(HttpContext http, MapDocument document)
    {
        http.Response.ContentLength = document.Length;
        await using var raw = new GZipStream(new MemoryStream(document.Gzip), CompressionMode.Decompress);
        await raw.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    /// <summary>« gzip, deflate, br;q=1 »: the coding named and not refused with q=0.</summary>
    internal static bool Accepts(string acceptEncoding, string coding)
    {
        foreach (var part in acceptEncoding.Split(','))
        {
            var pieces = part.Split(';');
            if (!string.Equals(pieces[0].Trim(), coding, StringComparison.OrdinalIgnoreCase)) continue;
            return !pieces.Skip(1).Any(p => p.Trim().Replace(" ", "") is "q=0" or "q=0.0" or "q=0.00" or "q=0.000");
        }
        return false;
    }
}

/// <param name="Brotli">The document compressed with Brotli.</param>
/// <param name="Gzip">The same document compressed with gzip.</param>
/// <param name="Length">The uncompressed document's length in bytes.</param>
public sealed record MapDocument(byte[] Brotli, byte[] Gzip, int Length, int Features, IReadOnlyList<string> Notices, string ETag);

/// <summary>The map documents of the current catalogue version, by normalised search; a new version starts afresh.</summary>
public sealed class MapDataCache(IServiceScopeFactory scopes, CatalogueVersion version)
{
    /// <summary>Compressed bytes kept at most: past it, the documents of the version are dropped and built again on demand.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;
    /// <summary>Quality 6: measured on the open edition (1.5 MB), 142 kB in 0.12 s; quality 11 saves 20 % for 30 times the time.</summary>
    public const int BrotliQuality = 6;

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;
        public ConcurrentDictionary<string, Lazy<Task<MapDocument>>> Documents { get; } = new();
        /// <summary>The documents built, by the query string that asked for them (several strings may name one search).</summary>
        public ConcurrentDictionary<string, MapDocument> Built { get; } = new();
        public long Bytes;
    }

    private Generation current = new(long.MinValue);
    private long builds;

    /// <summary>How many documents were built since the start: one per search and catalogue version, however many asked.</summary>
    public long Builds => Interlocked.Read(ref builds);

    /// <summary>Query strings remembered per catalogue version, at most: past it, the others parse their search each time.</summary>
    public const int MaxQueryStrings = 1000;

    /// <summary>The document built for this very query string in the current catalogue version, if any.</summary>
    public bool TryGetBuilt(string queryString, [NotNullWhen(true)] out MapDocument? document) =>
        CurrentGeneration().Built.TryGetValue(queryString, out document);

    /// <summary>
    /// The search's map document: from memory, or built once for every request that waits for it; remembered under
    /// the query string that asked, which <see cref="TryGetBuilt"/> then finds without parsing it again.
    /// </summary>
    public async Task<MapDocument> GetAsync(EventFilter filter, string queryString)
    {
        var generation = CurrentGeneration();
        var key = Key(filter);
        var lazy = generation.Documents.GetOrAdd(key, _ => new Lazy<Task<MapDocument>>(() => BuildAsync(filter, generation)));
        try
        {
            var document = await lazy.Value;
            // Count takes every lock of the dictionary: only for a query string not remembered yet.
            if (!generation.Built.ContainsKey(queryString) && generation.Built.Count < MaxQueryStrings)
                generation.Built.TryAdd(queryString, document);
            return document;
        }
        catch
        {
            // A failed build is not kept: the next request tries again.
            generation.Documents.TryRemove(new KeyValuePair<string, Lazy<Task<MapDocument>>>(key, lazy));
            throw;
        }
    }

    /// <summary>The same search whatever the page, its size or the order asked: the map shows all of it.</summary>
    public static string Key(EventFilter filter) =>
        (filter with { Page = 1, PageSize = EventFilter.DefaultPageSize, Sort = null }).ToString();

    private Generation CurrentGeneration()
    {
        var now = version.Value;
        var generation = Volatile.Read(ref current);
        if (generation.Version == now && Interlocked.Read(ref generation.Bytes) <= MaxBytes) return generation;
        var fresh = new Generation(now);
        return Interlocked.CompareExchange(ref current, fresh, generation) == generation ? fresh : Volatile.Read(ref current);
    }

    private async Task<MapDocument> BuildAsync(EventFilter filter, Generation generation)
    {
        Interlocked.Increment(ref builds);
        // Its own scope: the build outlives the request that started it if that request goes away.
        await using var scope = scopes.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<EventSearch>();
        var resolved = await search.ResolveAsync(filter);
        IReadOnlyList<string> notices = resolved?.Notices ?? ["Aucune édition n’est encore publiée."];
        var points = resolved is null
            ? []
            : await search.Filtered(resolved)
                .Where(e => e.Latitude != null && e.Longitude != null)
                .OrderBy(e => e.Id)
                .Select(e => new MapPoint(e.Id, e.Title, e.Longitude!.Value, e.Latitude!.Value))
                .ToListAsync();
        var document = Compress(MapGeoJson.Write(notices, points), points.Count, notices, $"W/\"m{generation.Version:x}\"");
        Interlocked.Add(ref generation.Bytes, document.Brotli.Length + document.Gzip.Length);
        return document;
    }

    public static MapDocument Compress(ReadOnlyMemory<byte> json, int features, IReadOnlyList<string> notices, string etag)
    {
        var brotli = new byte[BrotliEncoder.GetMaxCompressedLength(json.Length)];
        if (!BrotliEncoder.TryCompress(json.Span, brotli, out var written, BrotliQuality, 22))
            throw new InvalidOperationException("Brotli could not compress the map's data.");
        using var gzipped = new MemoryStream();
        using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(json.Span);
        return new MapDocument(brotli.AsSpan(0, written).ToArray(), gzipped.ToArray(), json.Length, features, notices, etag);
    }
}

/// <summary>An event on the map: where, and what its marker says.</summary>
public readonly record struct MapPoint(int Id, string Title, double Longitude, double Latitude);

/// <summary>Writes the lean FeatureCollection of the map.</summary>
public static class MapGeoJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static ReadOnlyMemory<byte> Write(IReadOnlyList<string> notices, IReadOnlyList<MapPoint> points)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + points.Count * 120);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("type"u8, "FeatureCollection"u8);
            json.WriteStartArray("notices"u8);
            foreach (var notice in notices) json.WriteStringValue(notice);
            json.WriteEndArray();
            json.WriteStartArray("features"u8);
            foreach (var p in points)
            {
                json.WriteStartObject();
                json.WriteString("type"u8, "Feature"u8);
                json.WriteNumber("id"u8, p.Id);
                json.WriteStartObject("geometry"u8);
                json.WriteString("type"u8, "Point"u8);
                json.WriteStartArray("coordinates"u8);
                json.WriteNumberValue(Math.Round(p.Longitude, 5));
                json.WriteNumberValue(Math.Round(p.Latitude, 5));
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties"u8);
                json.WriteString("title"u8, p.Title);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }
}
