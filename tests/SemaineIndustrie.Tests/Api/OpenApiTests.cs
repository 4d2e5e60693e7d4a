using System.Text.Json;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;

namespace SemaineIndustrie.Tests.Api;

/// <summary>The OpenAPI document re-users read: every endpoint, every parameter described, with examples.</summary>
public class OpenApiTests
{
    private static async Task<JsonElement> DocumentAsync() =>
        await (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient().GetJsonAsync("/openapi/v1.json");

    private static readonly string[] SearchPaths =
        ["/api/v1/events", "/api/v1/events.geojson", "/api/v1/events.csv", "/api/v1/events.ics", "/api/v1/events.rss", "/api/v1/events.atom"];

    [Fact]
    public async Task TheDocumentIsTitledInFrenchAndListsEveryEndpoint()
    {
        var document = await DocumentAsync();

        Assert.Equal("API des événements de la Semaine de l’Industrie", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("données ouvertes", document.GetProperty("info").GetProperty("description").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(SearchPaths.Concat(["/api/v1/events/{id}", "/api/v1/events/{id}.ics", "/api/v1/events.map.geojson", "/api/v1/communes", "/api/v1/sessions/{sessionId}/registrations"]).Order(), paths);
        Assert.All(document.GetProperty("paths").EnumerateObject(), path => Assert.All(path.Value.EnumerateObject(), operation =>
            Assert.False(string.IsNullOrWhiteSpace(operation.Value.GetProperty("summary").GetString()), path.Name)));
    }

    [Fact]
    public async Task EverySearchFormatDocumentsTheSameParametersWithExamples()
    {
        var document = await DocumentAsync();

        foreach (var path in SearchPaths)
        {
            var parameters = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
                .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
            var expected = SearchParameters.All.Select(p => p.Name)
                .Where(n => path == "/api/v1/events" || n is not ("page" or "pageSize"));
            Assert.Equal(expected.Order(), parameters.Keys.Order());
            Assert.All(parameters.Values, p =>
            {
                Assert.Equal("query", p.GetProperty("in").GetString());
                Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()));
                Assert.True(p.TryGetProperty("example", out _), $"{path} {p.GetProperty("name")}");
            });
            Assert.Equal("visite usine", parameters["q"].GetProperty("example").GetString());
            Assert.Equal("46", parameters["department"].GetProperty("example").GetString());
            Assert.Equal("44.45,1.44", parameters["near"].GetProperty("example").GetString());
        }
    }

    [Fact]
    public async Task ResponsesAreTypedWithTheirFormatsAndProblems()
    {
        var document = await DocumentAsync();
        JsonElement Responses(string path) => document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses");

        Assert.True(Responses("/api/v1/events").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(Responses("/api/v1/events").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(Responses("/api/v1/events.geojson").GetProperty("200").GetProperty("content").TryGetProperty("application/geo+json", out _));
        Assert.True(Responses("/api/v1/events.csv").GetProperty("200").GetProperty("content").TryGetProperty("text/csv; charset=utf-8", out _));
        Assert.True(Responses("/api/v1/events/{id}").TryGetProperty("404", out _));
        Assert.True(Responses("/api/v1/events/{id}").TryGetProperty("429", out _));
        var id = document.GetProperty("paths").GetProperty("/api/v1/events/{id}").GetProperty("get").GetProperty("parameters")[0];
        Assert.Contains("numéro de l’événement", id.GetProperty("description").GetString());
    }
}
