using System.Text.Json;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using K = SemaineIndustrie.Tests.Infrastructure.KnownCatalogue;

namespace SemaineIndustrie.Tests.Catalogue;

/// <summary>What an event page and a department page give to other sites: schema.org data, calendars, an embeddable list.</summary>
public class EventPageExtrasTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task EventPageCarriesSchemaOrgEventData(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        var id = await IdOfAsync(app, K.LotVisit);
        var page = await app.CreateClient().GetDocumentAsync($"/evenements/{id}");

        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        var ld = JsonDocument.Parse(Assert.Single(scripts).TextContent).RootElement;
        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("Event", ld.GetProperty("@type").GetString());
        Assert.Equal(K.LotVisit, ld.GetProperty("name").GetString());
        Assert.EndsWith($"/evenements/{id}", ld.GetProperty("url").GetString());
        // Paris time with its offset, as the visitor reads it on the page (9 h 00 à 11 h 00).
        Assert.Equal("2026-11-24T09:00:00+01:00", ld.GetProperty("startDate").GetString());
        Assert.Equal("2026-11-24T11:00:00+01:00", ld.GetProperty("endDate").GetString());
        var address = ld.GetProperty("location").GetProperty("address");
        Assert.Equal("Cahors", address.GetProperty("addressLocality").GetString());
        Assert.Equal("FR", address.GetProperty("addressCountry").GetString());
        Assert.Equal("Fonderie du Quercy", ld.GetProperty("organizer").GetProperty("name").GetString());
        Assert.True(ld.GetProperty("isAccessibleForFree").GetBoolean());
        Assert.Equal("https://schema.org/InStock", ld.GetProperty("offers").GetProperty("availability").GetString());
        Assert.Equal(["Collégiens"], ld.GetProperty("audience").EnumerateArray().Select(a => a.GetProperty("audienceType").GetString()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TextInTheEventDataCannotCloseItsScriptElement(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        var id = await IdOfAsync(app, K.LotJobDating);
        var page = await app.CreateClient().GetDocumentAsync($"/evenements/{id}");

        // Only the page's own scripts: the summary's </script><script> stays inside the JSON as text.
        var ld = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal(K.JobDatingSummary, JsonDocument.Parse(ld.TextContent).RootElement.GetProperty("description").GetString());
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert('ld')") && s.GetAttribute("type") != "application/ld+json");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EventPageOffersItsCalendarFile(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        var id = await IdOfAsync(app, K.LotVisit);
        var page = await app.CreateClient().GetDocumentAsync($"/evenements/{id}");

        var link = page.QuerySelector("#ajouter-agenda")!;
        Assert.Equal("Ajouter à mon agenda", link.TextContent.Trim());
        Assert.Equal($"/api/v1/events/{id}.ics", link.GetAttribute("href"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task DepartmentPageGivesTheSnippetOfItsEmbeddableList(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var lot = await client.GetDocumentAsync("/departements/46");

        var snippet = lot.QuerySelector("#code-integration")!.TextContent;
        var frame = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(snippet).QuerySelector("iframe")!;
        Assert.EndsWith("/departements/46/integration", frame.GetAttribute("src"));
        Assert.Contains("Lot", frame.GetAttribute("title"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EmbeddedListIsLightAndShowsOnlyTheDepartmentsLabelledEvents(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var embed = await client.GetDocumentAsync("/departements/46/integration");

        Assert.Null(embed.QuerySelector("header.fr-header")); // no site header nor footer inside a prefecture's page
        Assert.Null(embed.QuerySelector("footer"));
        Assert.NotNull(embed.QuerySelector("link[href^='/lib/dsfr/dsfr.min.css']"));
        var titles = embed.QuerySelectorAll(".si-embed-list li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([K.LotVisit, K.LotJobDating], titles);
        // Links leave the frame for the full site.
        Assert.All(embed.QuerySelectorAll(".si-embed-list li a"), a => Assert.Equal("_blank", a.GetAttribute("target")));

        // The list's own filters narrow it; the department stays fixed whatever the query says.
        var pupils = await client.GetDocumentAsync("/departements/46/integration?audience=collegiens&department=32");
        Assert.Equal([K.LotVisit], pupils.QuerySelectorAll(".si-embed-list li a").Select(a => a.TextContent.Trim()));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ListPagesMapTheSameSearchAsTheirList(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();

        var list = await client.GetDocumentAsync("/evenements?kind=atelier&page=2&sort=date");
        Assert.Equal("/api/v1/events.map.geojson?kind=atelier", list.QuerySelector("[data-si-map]")!.GetAttribute("data-events"));
        // A department page maps its own department, even when the query names another.
        var lot = await client.GetDocumentAsync("/departements/46?department=32&audience=collegiens");
        Assert.Equal("/api/v1/events.map.geojson?audience=collegiens&department=46", lot.QuerySelector("[data-si-map]")!.GetAttribute("data-events"));
        // Around a place, the map draws the circle searched.
        var cahors = await client.GetDocumentAsync("/evenements?place=46000&radiusKm=30");
        var map = cahors.QuerySelector("[data-si-map]")!;
        Assert.Equal("30", map.GetAttribute("data-radius-km"));
        Assert.StartsWith("44.4", map.GetAttribute("data-center"));
    }

    private static Task<int> IdOfAsync(TestApp app, string title) =>
        app.WithDbAsync(db => Task.FromResult(db.Events.Single(e => e.Title == title).Id));
}
