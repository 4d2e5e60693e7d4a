using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;

namespace SemaineIndustrie.Tests.Api;

/// <summary>Cached with an ETag until labels change, open to any site, compressed.</summary>
public class CachingAndAccessTests
{
    public static readonly string[] Urls =
    [
        "/api/v1/events?department=46", "/api/v1/events.geojson?department=46", "/api/v1/events.csv?department=46",
        "/api/v1/events.ics?department=46", "/api/v1/events.rss?department=46", "/api/v1/events.atom?department=46",
        "/api/v1/communes?q=cahors", "/api/v1/events.map.geojson?department=46",
    ];

    [Fact]
    public async Task ARepeatedRequestWithItsETagGetsA304()
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        foreach (var url in Urls)
        {
            var first = await client.GetAsync(url);
            var etag = first.Headers.ETag;
            Assert.NotNull(etag);

            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            var again = await client.SendAsync(request);
            var other = new HttpRequestMessage(HttpMethod.Get, url);
            other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"autre\"", isWeak: true));
            var changed = await client.SendAsync(other);

            Assert.True(HttpStatusCode.NotModified == again.StatusCode, url);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await changed.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task ErrorsCarryNoETag()
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();

        Assert.Null((await client.GetAsync("/api/v1/events/987654")).Headers.ETag);
        Assert.Null((await client.GetAsync("/api/v1/events?pageSize=0")).Headers.ETag);
    }

    [Fact]
    public async Task ALabelWithdrawnLeavesEveryFormatAtOnceWithANewETag()
    {
        await using var app = await C.StartAsync(DatabaseProvider.Sqlite);
        var client = app.CreateClient();
        var before = await client.GetAsync("/api/v1/events.csv?department=32");
        Assert.Contains("soudure", await before.Content.ReadAsStringAsync());

        await app.WithDbAsync(async db =>
        {
            var auch = await db.Events.SingleAsync(e => e.Title == C.Auch);
            auch.Status = EventStatus.Withdrawn;
            await db.SaveChangesAsync();
        });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events.csv?department=32");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.DoesNotContain("soudure", await after.Content.ReadAsStringAsync());
        Assert.Empty((await client.GetJsonAsync("/api/v1/events?department=32")).Ids());
    }

    [Fact]
    public async Task AnySiteMayReadTheApi()
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events.geojson?department=46");
        request.Headers.Add("Origin", "https://www.lot.gouv.fr");

        var response = await client.SendAsync(request);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("X-Notices", string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers")));
    }

    [Theory]
    [InlineData("/api/v1/events.geojson?department=31")]
    [InlineData("/api/v1/events.map.geojson?department=31")]
    [InlineData("/api/v1/events.csv?department=31")]
    [InlineData("/api/v1/events.ics?department=31")]
    [InlineData("/api/v1/events?department=31")]
    [InlineData("/api/v1/events.atom?department=31")]
    public async Task EveryFormatIsCompressed(string url)
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }
}
