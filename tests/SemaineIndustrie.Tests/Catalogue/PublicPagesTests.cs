using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using K = SemaineIndustrie.Tests.Infrastructure.KnownCatalogue;

namespace SemaineIndustrie.Tests.Catalogue;

public class PublicPagesTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task HomeShowsTheOpenEditionItsDatesAndNationalCounters(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var page = await client.GetDocumentAsync("/");

        Assert.Equal("Semaine de l’Industrie 2026", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Du 23 au 29 novembre 2026", page.QuerySelector("#dates-edition")!.TextContent);
        var counters = page.QuerySelectorAll("#compteurs .si-counter").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal([K.Labelled2026.ToString(), "3", "3"], counters); // events, departments (46, 32, 31), organisations
        Assert.Equal([K.LotVisit], page.CardTitles()); // the only featured event
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ListShowsLabelledEventsOnlyAndPagesThem(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var first = await client.GetDocumentAsync("/evenements");
        var second = await client.GetDocumentAsync("/evenements?page=2");

        Assert.Contains($"{K.Labelled2026} événements labellisés", first.QuerySelector("#nombre-resultats")!.TextContent);
        var titles = first.CardTitles().Concat(second.CardTitles()).ToList();
        Assert.Equal(K.Labelled2026, titles.Count);
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.DoesNotContain(K.LotSubmitted, titles);
        Assert.DoesNotContain(K.LotRefused, titles);
        Assert.DoesNotContain(K.Lot2021, titles); // another edition
        Assert.Equal(K.LotVisit, titles[0]); // featured first
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task DepartmentPageListsTheLotsLabelledEventsAndNothingElse(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var lot = await client.GetDocumentAsync("/departements/46");

        Assert.Equal("Lot (46)", lot.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal([K.LotVisit, K.LotJobDating], lot.CardTitles());
        var lot2021 = await client.GetDocumentAsync("/departements/46?edition=2021");
        Assert.Equal([K.Lot2021], lot2021.CardTitles());
        var gers = await client.GetDocumentAsync("/departements/32");
        Assert.Equal([K.GersOpenDay], gers.CardTitles());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RegionPageGathersItsDepartmentsEvents(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var occitanie = await client.GetDocumentAsync("/regions/76?kind=visite-entreprise");
        Assert.Equal("Occitanie", occitanie.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal([K.LotVisit], occitanie.CardTitles());
        var iledefrance = await client.GetDocumentAsync("/regions/11");
        Assert.Empty(iledefrance.CardTitles());
        Assert.Contains("Aucun événement", iledefrance.QuerySelector("#nombre-resultats")!.TextContent);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FiltersByKindAudienceSectorAndDates(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        Assert.Equal([K.LotJobDating], (await client.GetDocumentAsync("/evenements?kind=job-dating")).CardTitles());
        Assert.Equal([K.LotJobDating], (await client.GetDocumentAsync("/evenements?audience=demandeurs-emploi")).CardTitles());
        Assert.Equal([K.LotVisit], (await client.GetDocumentAsync("/evenements?sector=CSF_MINES_METALLURGIE")).CardTitles());
        Assert.Equal([K.LotVisit, K.GersOpenDay],
            (await client.GetDocumentAsync("/evenements?from=2026-11-24&to=2026-11-25")).CardTitles());
        Assert.Equal([K.GersOpenDay], (await client.GetDocumentAsync("/evenements?department=32&from=2026-11-25")).CardTitles());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EventPageShowsWhatWhoWhereAndWhenInFrench(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        var id = await app.WithDbAsync(db => Task.FromResult(db.Events.Single(e => e.Title == K.LotVisit).Id));
        var page = await app.CreateClient().GetDocumentAsync($"/evenements/{id}");

        Assert.Equal(K.LotVisit, page.QuerySelector("h1")!.TextContent.Trim());
        var text = page.Body!.TextContent;
        Assert.Contains("mardi 24 novembre 2026, de 9 h 00 à 11 h 00", text);
        Assert.Contains("Collégiens", text);
        Assert.Contains("Mines et métallurgie", text);
        Assert.Contains("Cahors", text);
        Assert.Contains("Fonderie du Quercy", text);
        Assert.Contains("30 places restantes sur 30", text);
        Assert.Contains("Temps fort", text);
        // The organiser's text is shown as text: a script tag is never markup on the page.
        Assert.Empty(page.QuerySelectorAll(".si-description script"));
        Assert.Contains("<script>alert('x')</script> Second paragraphe.", page.QuerySelectorAll(".si-description p")[1].TextContent);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EventsThatAreNotLabelledDoNotExistForThePublic(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        var hidden = await app.WithDbAsync(db => Task.FromResult(
            db.Events.Where(e => e.Title == K.LotSubmitted || e.Title == K.LotRefused).Select(e => e.Id).ToList()));
        var client = app.CreateClient();
        foreach (var id in hidden)
        {
            var page = await client.GetDocumentAsync($"/evenements/{id}", expectedStatus: 404);
            Assert.Equal("Page non trouvée", page.QuerySelector("h1")!.TextContent.Trim());
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task UnknownEventOrDepartmentGetsTheDsfrNotFoundPage(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        foreach (var url in new[] { "/evenements/987654", "/departements/999", "/regions/99", "/nulle-part" })
        {
            var page = await client.GetDocumentAsync(url, expectedStatus: 404);
            Assert.Equal("Page non trouvée", page.QuerySelector("h1")!.TextContent.Trim());
            Assert.NotNull(page.QuerySelector("header.fr-header"));
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FilterValuesThatDoNotExistAreIgnoredWithAVisibleMessage(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var page = await client.GetDocumentAsync("/evenements?kind=fusee&department=999&from=demain&edition=1900&page=abc");

        var notices = page.Notices();
        Assert.Contains(notices, n => n.Contains("type d’événement « fusee » n’existe pas"));
        Assert.Contains(notices, n => n.Contains("département « 999 » n’existe pas"));
        Assert.Contains(notices, n => n.Contains("« demain » n’est pas une date"));
        Assert.Contains(notices, n => n.Contains("L’édition 1900 n’existe pas"));
        Assert.Contains(notices, n => n.Contains("« abc » n’est pas un nombre"));
        Assert.Contains($"{K.Labelled2026} événements labellisés", page.QuerySelector("#nombre-resultats")!.TextContent);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EveryStateSitePageIsThere(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var expected = new Dictionary<string, string>
        {
            ["/mentions-legales"] = "Mentions légales",
            ["/accessibilite"] = "Déclaration d’accessibilité",
            ["/donnees-personnelles"] = "Données personnelles",
            ["/plan-du-site"] = "Plan du site",
            ["/editions"] = "Les éditions depuis 2011",
            ["/departements"] = "Départements et régions",
        };
        foreach (var (url, title) in expected)
        {
            var page = await client.GetDocumentAsync(url);
            Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
            Assert.NotNull(page.QuerySelector("footer.fr-footer a[href='/mentions-legales']"));
            Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EditionsPageShowsThePublishedFiguresOfPastEditions(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var page = await client.GetDocumentAsync("/editions");
        var row2018 = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("2018"));
        Assert.Contains("du 26 mars au 1er avril 2018", row2018.TextContent);
        // French digit groups are separated by a narrow no-break space.
        Assert.Contains("2\u202F918", row2018.TextContent);
        Assert.Contains("L’industrie connectée", row2018.TextContent);
    }
}
