using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// <summary>What a visitor does and reads, in a real browser against the real site.</summary>
[Collection(SiteCollection.Name)]
public sealed class Journeys(SiteFixture site, ITestOutputHelper output)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public async Task VisitorOpensTheHomePageFollowsAFeaturedEventAndReadsIt()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response!.Status);

        // The edition's week as a person reads it.
        Assert.Equal("Semaine de l’Industrie 2026", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.StartsWith("Du 23 au 29 novembre 2026", (await page.Locator("#dates-edition").InnerTextAsync()).Trim());

        // The three counters: labelled events, departments, organisers, each a positive French number.
        var counters = page.Locator("#compteurs .fr-tile__content");
        Assert.Equal(3, await counters.CountAsync());
        var labels = (await page.Locator("#compteurs .fr-tile__desc").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        Assert.Equal(["événements labellisés", "départements", "structures organisatrices"], labels);
        var numbers = (await page.Locator("#compteurs .si-counter").AllInnerTextsAsync()).Select(FrenchNumber).ToList();
        Assert.All(numbers, n => Assert.True(n > 0, $"A counter reads {n}."));
        Assert.InRange(numbers[1], 1, 101);

        // The events counter agrees with the list a visitor reaches from « Voir tous les événements ».
        var listPage = await site.NewPageAsync();
        await listPage.GotoAsync("/evenements");
        var listed = FrenchNumber(Regex.Match(await listPage.Locator("#nombre-resultats").InnerTextAsync(), @"^\s*([\d\s\u202f\u00a0]+)").Groups[1].Value);
        Assert.Equal(numbers[0], listed);
        await listPage.Context.CloseAsync();

        // A featured event card: follow its link.
        var cards = page.Locator("ul[aria-labelledby='temps-forts'] .fr-card");
        Assert.True(await cards.CountAsync() > 0, "The home page shows no featured event (« Les temps forts »).");
        var link = cards.First.Locator(".fr-card__title a");
        var cardTitle = (await link.InnerTextAsync()).Trim();
        var href = await link.GetAttributeAsync("href");
        Assert.Matches(@"^/evenements/\d+$", href);
        await link.ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(href!) + "$"));

        // The event page: its title, practical information, a session with a French time, the label.
        Assert.Equal(cardTitle, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Informations pratiques" }).IsVisibleAsync(),
            "The event page does not show « Informations pratiques ».");
        var sessions = await page.Locator("table[aria-labelledby='creneaux'] tbody tr td:first-child").AllInnerTextsAsync();
        Assert.NotEmpty(sessions);
        Assert.Contains(sessions, s => Regex.IsMatch(s, @"\b\d{1,2} h \d{2}\b"));
        // DSFR badges are upper-cased by CSS: read the text as written, not as rendered.
        Assert.Matches(@"^Événement labellisé \d{4}$", (await page.Locator(".fr-badge--success").First.TextContentAsync())?.Trim());

        var screenshot = Path.Combine(RepositoryPaths.Screenshots, "evenement-temps-fort.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task VisitorFindsTheLotOpeningOf2021AndFiltersTheDepartmentByKind()
    {
        var page = await site.NewPageAsync();
        Assert.Equal(200, (await page.GotoAsync("/departements/46?edition=2021"))!.Status);
        Assert.Equal("Lot (46)", (await page.Locator("h1").InnerTextAsync()).Trim());

        var opening = page.Locator(".fr-card").Filter(new() { HasText = "Ouverture officielle de la Semaine de l’Industrie dans le Lot" });
        Assert.Equal(1, await opening.CountAsync());
        var openingText = await opening.InnerTextAsync();
        Assert.Contains("24 nov. 2021", openingText);
        Assert.Contains("Le Montat (46)", openingText);
        // Its page gives the opening's time as the Lot's visitors read it.
        var openingHref = await opening.Locator(".fr-card__title a").GetAttributeAsync("href");
        var openingPage = await site.NewPageAsync();
        await openingPage.GotoAsync(openingHref!);
        Assert.Contains(await openingPage.Locator("table[aria-labelledby='creneaux'] tbody td:first-child").AllInnerTextsAsync(),
            s => s.StartsWith("mercredi 24 novembre 2021, de 9 h 00 à ", StringComparison.Ordinal));
        await openingPage.Context.CloseAsync();

        var allCount = CountIn(await page.Locator("#nombre-resultats").InnerTextAsync());

        // Filter by kind with the form, as a visitor does: pick « intervention scolaire » and apply.
        var kind = page.Locator("#filtre-type");
        await kind.SelectOptionAsync("intervention-scolaire");
        var kindLabel = (await kind.Locator("option:checked").InnerTextAsync()).Trim();
        Assert.Equal("2021", await page.Locator("#filtre-edition").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/departements/46\?.*kind=intervention-scolaire"));

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("intervention-scolaire", query["kind"]);
        Assert.Equal("2021", query["edition"]);

        var filteredCount = CountIn(await page.Locator("#nombre-resultats").InnerTextAsync());
        Assert.InRange(filteredCount, 1, allCount - 1);
        var resultCards = page.Locator("ul[aria-labelledby='nombre-resultats'] > li");
        Assert.Equal(filteredCount, await resultCards.CountAsync());
        // The option announced how many events it would find: « Intervention en classe (4) ».
        var announced = Regex.Match(kindLabel, @"^(.*) \((\d+)\)$");
        Assert.True(announced.Success, $"The kind option « {kindLabel} » does not show its count.");
        Assert.Equal(filteredCount, int.Parse(announced.Groups[2].Value));
        foreach (var tags in await resultCards.Locator(".fr-tags-group li:first-child").AllInnerTextsAsync())
            Assert.Equal(announced.Groups[1].Value, tags.Trim());
        Assert.Equal(0, await page.Locator(".fr-card").Filter(new() { HasText = "Ouverture officielle" }).CountAsync());
        // The form keeps the choice made.
        Assert.Equal("intervention-scolaire", await page.Locator("#filtre-type").InputValueAsync());
        await page.Context.CloseAsync();
    }

    private static int CountIn(string resultsLine)
    {
        var text = resultsLine.Trim();
        if (text.StartsWith("Aucun", StringComparison.Ordinal)) return 0;
        return FrenchNumber(Regex.Match(text, @"^([\d\s\u202f\u00a0]+)").Groups[1].Value);
    }

    private static int FrenchNumber(string text) =>
        int.Parse(Regex.Replace(text, @"[\s\u202f\u00a0]", ""), NumberStyles.None, French);
}
