using System.Xml.Linq;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;
using static SemaineIndustrie.Tests.Api.FeedReaders;

namespace SemaineIndustrie.Tests.Api;

/// <summary>RSS and Atom feeds of the newly labelled events of a search.</summary>
public class FeedTests
{
    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task TheNewestLabelComesFirstAndTheFeedStopsAtFifty(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var lot = ReadFeed(await client.GetTextAsync("/api/v1/events.rss?department=46"));
        var all = ReadFeed(await client.GetTextAsync("/api/v1/events.atom"));

        // Labelled in the order they were seeded, an hour apart.
        Assert.Equal([C.Online, C.Formula, C.Lalbenque, C.JobDating, C.FactoryVisit], lot.Items.Select(i => i.Title.Text));
        Assert.Equal(EventFeeds.Size, all.Items.Count());
        Assert.Equal("Atelier de découverte nº 55", all.Items.First().Title.Text);
        Assert.True(all.Items.Zip(all.Items.Skip(1)).All(p => p.First.PublishDate >= p.Second.PublishDate));
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task TheRssChannelLinksToTheSameSearchOnTheSite(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var response = await client.GetAsync("/api/v1/events.rss?department=32");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var channel = xml.Root!.Element("channel")!;

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2.0", xml.Root.Attribute("version")!.Value);
        Assert.Equal("Semaine de l'Industrie 2026 – Gers", channel.Element("title")!.Value);
        Assert.Equal("http://localhost:5080/evenements?department=32", channel.Element("link")!.Value);
        var item = Assert.Single(channel.Elements("item"));
        Assert.Equal(C.Auch, item.Element("title")!.Value);
        Assert.StartsWith("Atelier – lundi 23 novembre 2026, Auch (Gers).", item.Element("description")!.Value);
        Assert.NotNull(item.Element("pubDate"));
        Assert.Equal("true", item.Element("guid")!.Attribute("isPermaLink")!.Value);
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task TheAtomFeedHasItsIdentityAuthorAndSelfLink(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var response = await client.GetAsync("/api/v1/events.atom?department=32");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(atom + "feed", feed.Name);
        Assert.Equal("http://localhost:5080/api/v1/events.atom?department=32", feed.Element(atom + "id")!.Value);
        Assert.NotNull(feed.Element(atom + "updated"));
        Assert.Equal("Semaine de l'Industrie", feed.Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.Contains(feed.Elements(atom + "link"), l => l.Attribute("rel")?.Value == "self");
        var entry = Assert.Single(feed.Elements(atom + "entry"));
        Assert.StartsWith("http://localhost:5080/evenements/", entry.Element(atom + "id")!.Value);
    }
}
