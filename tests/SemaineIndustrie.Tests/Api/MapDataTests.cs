using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;

namespace SemaineIndustrie.Tests.Api;

/// <summary>
/// The map's own data: the same search as the list, a point, an id and a title per event, compressed once and held in
/// memory until the catalogue changes (ADR 0013).
/// </summary>
public class MapDataTests
{
    internal static async Task<(HttpResponseMessage Response, JsonElement Collection)> GetAsync(HttpClient client, string url, string encoding = "br")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding != "") request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStreamAsync();
        Stream plain = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        return (response, response.StatusCode == HttpStatusCode.OK ? (await JsonDocument.ParseAsync(plain)).RootElement : default);
    }

    internal static List<int> Ids(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetInt32()).Order().ToList();

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task EachEventIsAPointWithItsIdAndTitleOnly(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var (response, collection) = await GetAsync(client, "/api/v1/events.map.geojson?q=visite%20usine");

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var feature = Assert.Single(collection.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([1.44111, 44.44681], feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(["title"], feature.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(C.FactoryVisit, feature.GetProperty("properties").GetProperty("title").GetString());
        // The popup reads the rest from the event's own address.
        var id = feature.GetProperty("id").GetInt32();
        Assert.Equal(C.FactoryVisit, (await client.GetJsonAsync($"/api/v1/events/{id}")).GetProperty("title").GetString());
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task TheMapPlacesTheSameEventsAsThePublicGeoJson(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();
        foreach (var query in new[] { "", "?department=31&page=2&pageSize=10", "?department=46&sort=date", "?q=usine" })
        {
            var full = JsonDocument.Parse(await client.GetTextAsync("/api/v1/events.geojson" + query)).RootElement;
            var (_, map) = await GetAsync(client, "/api/v1/events.map.geojson" + query);

            Assert.Equal(Ids(full), Ids(map));
        }
    }

    [Fact]
    public async Task BrotliGzipAndPlainCarryTheSameDocumentAndSayTheyVaryByEncoding()
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        const string url = "/api/v1/events.map.geojson?department=31";

        var (br, brotli) = await GetAsync(client, url, "br");
        var (gz, gzip) = await GetAsync(client, url, "gzip");
        var (raw, plain) = await GetAsync(client, url, "");

        Assert.Equal("br", Assert.Single(br.Content.Headers.ContentEncoding));
        Assert.Equal("gzip", Assert.Single(gz.Content.Headers.ContentEncoding));
        Assert.Empty(raw.Content.Headers.ContentEncoding);
        Assert.Equal(C.ToulouseWorkshops, Ids(brotli).Count);
        Assert.Equal(Ids(brotli), Ids(gzip));
        Assert.Equal(Ids(brotli), Ids(plain));
        foreach (var response in new[] { br, gz, raw }) Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(br.Headers.ETag, gz.Headers.ETag);
    }

    [Fact]
    public async Task AnUnreadableValueIsAProblemNamingTheParameterAndNoticesTravelInTheDocument()
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();

        var bad = await client.GetAsync("/api/v1/events.map.geojson?from=demain");
        var (_, collection) = await GetAsync(client, "/api/v1/events.map.geojson?audience=retraites");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("from", await bad.Content.ReadAsStringAsync());
        Assert.Equal("Le public « retraites » n’existe pas : ce filtre est ignoré.", collection.GetProperty("notices")[0].GetString());
    }

    [Fact]
    public async Task ManyVisitorsAskingAtOnceCostOneBuildAndALabelChangeRebuildsIt()
    {
        await using var app = await C.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient();
        var cache = app.Services.GetRequiredService<MapDataCache>();
        const string url = "/api/v1/events.map.geojson?department=32";

        var before = cache.Builds;
        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => GetAsync(client, url)));
        Assert.Equal(before + 1, cache.Builds);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        // Another page or order of the same search is the same document.
        await GetAsync(client, url + "&page=3&sort=date");
        Assert.Equal(before + 1, cache.Builds);
        var etag = answers[0].Response.Headers.ETag!;
        var gers = Ids(answers[0].Collection);
        Assert.NotEmpty(gers);

        await app.WithDbAsync(async db =>
        {
            var auch = await db.Events.SingleAsync(e => e.Title == C.Auch);
            auch.Status = EventStatus.Withdrawn;
            await db.SaveChangesAsync();
        });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var after = await client.SendAsync(request);
        var (_, changed) = await GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Equal(gers.Count - 1, Ids(changed).Count);
        Assert.Equal(before + 2, cache.Builds);
    }

    [Fact]
    public async Task ADocumentAlreadyBuiltIsServedLikeAStaticFileOutsideTheRateLimitAndKeepsItsCrossOriginHeaders()
    {
        await using var app = await C.StartAsync(DatabaseProvider.Sqlite, permitsPerMinute: 3);
        var client = app.CreateClient();
        const string url = "/api/v1/events.map.geojson?department=31";

        var (first, built) = await GetAsync(client, url);
        var again = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => GetAsync(client, url, "gzip")));
        var crossOrigin = new HttpRequestMessage(HttpMethod.Get, url);
        crossOrigin.Headers.Add("Origin", "https://www.exemple.fr");
        var fromElsewhere = await client.SendAsync(crossOrigin);
        var another = await client.GetAsync("/api/v1/events.map.geojson?department=46");
        var refused = await client.GetAsync("/api/v1/events.map.geojson?department=32");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // Answered from memory: the same document, as many times as asked, without counting against the limit.
        Assert.All(again, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
        Assert.All(again, a => Assert.Equal(Ids(built), Ids(a.Collection)));
        Assert.All(again, a => Assert.Equal(first.Headers.ETag, a.Response.Headers.ETag));
        // A page of another site goes through the endpoint and its CORS policy (and counts).
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
        Assert.Equal("*", Assert.Single(fromElsewhere.Headers.GetValues("Access-Control-Allow-Origin")));
        // A search not built yet costs a build: the limit (3 a minute) applies to those.
        Assert.Equal(HttpStatusCode.OK, another.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }
}
