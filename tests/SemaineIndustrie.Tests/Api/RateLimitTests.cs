using System.Net;
using System.Text.Json;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;

namespace SemaineIndustrie.Tests.Api;

public class RateLimitTests
{
    [Fact]
    public async Task PastTheLimitTheApiAnswers429InFrenchWithRetryAfterButPagesStillAnswer()
    {
        await using var app = await C.StartAsync(DatabaseProvider.Sqlite, permitsPerMinute: 3);
        var client = app.CreateClient();

        for (var i = 0; i < 3; i++) (await client.GetAsync("/api/v1/events.geojson")).EnsureSuccessStatusCode(); // cached answers count too
        var refused = await client.GetAsync("/api/v1/events?department=46");
        var page = await client.GetAsync("/evenements");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var seconds = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.InRange(seconds, 1, 60);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Trop de requêtes", problem.GetProperty("title").GetString());
        Assert.Equal($"L’API accepte 3 requêtes par minute depuis une même adresse : réessayez dans {seconds} secondes.",
            problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
