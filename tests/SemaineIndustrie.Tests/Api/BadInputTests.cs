using System.Net;
using System.Text.Json;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;

namespace SemaineIndustrie.Tests.Api;

/// <summary>Values that cannot be read get a 400 naming the parameter, in every format; unknown codes are only notices.</summary>
public class BadInputTests
{
    public static TheoryData<string, string> Unreadable => new()
    {
        { "near=abc", "near" },
        { "near=95,1.44", "near" },
        { "radiusKm=9999", "radiusKm" },
        { "radiusKm=-3", "radiusKm" },
        { "from=2026-13-01", "from" },
        { "to=24/11/2026", "to" },
        { "pageSize=0", "pageSize" },
        { "pageSize=1000", "pageSize" },
        { "page=-1", "page" },
        { "sort=random", "sort" },
        { "accessible=peut-etre", "accessible" },
        { "commune=Cahors", "commune" },
    };

    public static readonly string[] Formats =
        ["/api/v1/events", "/api/v1/events.geojson", "/api/v1/events.csv", "/api/v1/events.ics", "/api/v1/events.rss", "/api/v1/events.atom"];

    [Theory, MemberData(nameof(Unreadable))]
    public async Task AnUnreadableValueIsA400NamingItsParameterInEveryFormat(string query, string parameter)
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        foreach (var format in Formats)
        {
            var response = await client.GetAsync($"{format}?{query}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.Equal("Des paramètres de la requête ne sont pas valides.", problem.GetProperty("title").GetString());
            var errors = problem.GetProperty("errors").EnumerateObject().ToList();
            Assert.Equal(parameter, Assert.Single(errors).Name);
            Assert.Contains("« ", errors[0].Value[0].GetString()); // the French message quotes the value or the rule
        }
    }

    [Fact]
    public async Task EveryUnreadableParameterIsNamedAtOnce()
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();

        var response = await client.GetAsync("/api/v1/events?near=abc&radiusKm=9999&from=2026-13-01&pageSize=1000");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(["from", "near", "pageSize", "radiusKm"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
        Assert.Equal("« abc » n’est pas un point « latitude,longitude » valide (par exemple 44.4475,1.4410).",
            problem.GetProperty("errors").GetProperty("near")[0].GetString());
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task UnknownCodesAreIgnoredAndListedInTheNoticesHeaderOfEveryFormat(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();
        foreach (var format in Formats)
        {
            var response = await client.GetAsync($"{format}?department=99&kind=soiree&sector=INCONNUE");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(
                [
                    "Le département « 99 » n’existe pas : ce filtre est ignoré.",
                    "Le type d’événement « soiree » n’existe pas : ce filtre est ignoré.",
                    "La filière « INCONNUE » n’existe pas : ce filtre est ignoré.",
                ],
                response.Notices());
        }
    }

    [Theory]
    [InlineData("/api/v1/evenements")]
    [InlineData("/api/v1/events/abc")]
    [InlineData("/api/v1/events.xml")]
    public async Task AnAddressTheApiDoesNotHaveIsAJson404(string url)
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Adresse inconnue", problem.GetProperty("title").GetString());
    }
}
