using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;
using static SemaineIndustrie.Tests.Api.FeedReaders;

namespace SemaineIndustrie.Tests.Api;

/// <summary>Every search filter applies to every format: the same query string gives the same events everywhere.</summary>
public class FormatsAgreeTests
{
    public static TheoryData<DatabaseProvider, string, int> Searches
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string, int>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                data.Add(provider, "department=46", C.LotLabelled);
                data.Add(provider, "q=visite%20usine", 1);
                data.Add(provider, "near=44.45,1.44&radiusKm=30", 3); // Cahors and Lalbenque, not Figeac; the webinar has no position
                data.Add(provider, "commune=46042&radiusKm=30&sort=distance", 3);
                data.Add(provider, "kind=atelier&department=32", 1);
                data.Add(provider, "audience=collegiens&featured=true", 1);
                data.Add(provider, "department=46&from=2026-11-25&to=2026-11-26", 3); // the visit's second session, Figeac, the formula
                data.Add(provider, "region=76&kind=job-dating", 1);
                data.Add(provider, "region=75", 0);
                data.Add(provider, "department=99&kind=job-dating", 1);
            }
            return data;
        }
    }

    [Theory, MemberData(nameof(Searches))]
    public async Task JsonGeoJsonCsvCalendarAndFeedsListTheSameEvents(DatabaseProvider provider, string query, int expected)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var json = await JsonIdsAsync(client, query);
        var located = await JsonIdsAsync(client, query, locatedOnly: true);

        Assert.Equal(expected, json.Count);
        Assert.Equal(json, await CsvIdsAsync(client, query)); // same order too: the list page's
        Assert.Equal(located, await GeoJsonIdsAsync(client, query));
        Assert.Equal(json.Order(), (await CalendarIdsAsync(client, query)).Order());
        Assert.Equal(json.Order(), (await FeedIdsAsync(client, "rss", query)).Order());
        Assert.Equal(json.Order(), (await FeedIdsAsync(client, "atom", query)).Order());
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task TheMapLeavesOutOnlyTheEventsWithoutAPosition(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var all = await JsonIdsAsync(client, "department=46");
        var mapped = await GeoJsonIdsAsync(client, "department=46");

        Assert.Equal(C.LotLabelled - 1, mapped.Count);
        Assert.Single(all.Except(mapped));
    }
}
