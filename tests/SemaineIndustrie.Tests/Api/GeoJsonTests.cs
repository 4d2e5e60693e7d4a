using System.Text.Json;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;

namespace SemaineIndustrie.Tests.Api;

/// <summary>The map's data: every matching event with a position, not paged.</summary>
public class GeoJsonTests
{
    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task EventsArePointsInLongitudeLatitudeOrderWithWhatAPopupShows(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var response = await client.GetAsync("/api/v1/events.geojson?q=visite%20usine");
        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var feature = Assert.Single(collection.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        var coordinates = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToList();
        Assert.Equal([1.44111, 44.44681], coordinates);
        var p = feature.GetProperty("properties");
        Assert.Equal(C.FactoryVisit, p.GetProperty("title").GetString());
        Assert.Equal("2026-11-24T09:00:00+01:00", p.GetProperty("startsAt").GetString());
        Assert.Equal("Cahors", p.GetProperty("commune").GetString());
        Assert.Equal("46", p.GetProperty("department").GetString());
        Assert.Equal("Visite d'entreprise", p.GetProperty("kind").GetString());
        Assert.True(p.GetProperty("featured").GetBoolean());
        Assert.Equal($"http://localhost:5080/evenements/{p.GetProperty("id").GetInt32()}", p.GetProperty("url").GetString());
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task AllMatchingEventsComeAtOnceWhateverThePageSize(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var collection = JsonDocument.Parse(await client.GetTextAsync("/api/v1/events.geojson?department=31&page=2&pageSize=10")).RootElement;

        Assert.Equal(C.ToulouseWorkshops, collection.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task NoticesTravelInTheCollectionForTheMapToShow()
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();

        var collection = JsonDocument.Parse(await client.GetTextAsync("/api/v1/events.geojson?audience=retraites")).RootElement;

        Assert.Equal("Le public « retraites » n’existe pas : ce filtre est ignoré.", collection.GetProperty("notices")[0].GetString());
    }

    [Fact]
    public async Task TheShippedDepartmentOutlinesAreServedAsGeoJson()
    {
        var client = (await C.GetAsync(DatabaseProvider.Sqlite)).CreateClient();

        var response = await client.GetAsync("/geo/departements.geojson");

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
    }
}
