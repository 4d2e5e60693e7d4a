using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Data.ReferenceLists;
using SemaineIndustrie.Web.Catalogue;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// <summary>A visitor looks for events by place, audience and dates, on the list and on the map.</summary>
[Collection(SiteCollection.Name)]
public sealed class FindingJourneys(SiteFixture site, ITestOutputHelper output)
{
    private const string Pradines = "Visite de la chaudronnerie de Pradines pour les collégiens";
    private const string Figeac = "Découverte des hélices de Figeac pour les collégiens";
    private const string PradinesAdults = "Job dating de la chaudronnerie de Pradines";
    private const string PradinesAfterTheWeek = "Visite de décembre à Pradines pour les collégiens";

    [Fact]
    public async Task VisitorFindsVisitsForPupilsNearCahorsDuringTheWeekOpensOneAndAddsItToACalendar()
    {
        await SeedAroundCahorsAsync();
        var page = await site.NewPageAsync();
        // The pages keep to their Content-Security-Policy: no script or style of theirs is refused.
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) refused.Add(message.Text); };
        await page.GotoAsync("/evenements");

        // The visitor types the town, picks 30 km, the audience and the dates of the week, then searches.
        await page.GetByLabel("Commune ou code postal").FillAsync("Cahors");
        await page.Locator("#filtre-rayon").SelectOptionAsync("30");
        await page.Locator("#filtre-public").SelectOptionAsync("collegiens");
        await page.Locator("#filtre-du").FillAsync("2026-11-23");
        await page.Locator("#filtre-au").FillAsync("2026-11-29");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"audience=collegiens"));

        // The URL says the whole search, so that it can be shared.
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("Cahors", query["place"]);
        Assert.Equal("30", query["radiusKm"]);
        Assert.Equal("2026-11-23", query["from"]);
        Assert.Equal("2026-11-29", query["to"]);

        var titles = (await page.Locator("#contenu .fr-card__title").AllInnerTextsAsync()).Select(t => t.Trim()).ToList();
        Assert.Contains(Pradines, titles);
        Assert.DoesNotContain(Figeac, titles);          // 60 km away
        Assert.DoesNotContain(PradinesAdults, titles);  // for job seekers
        Assert.DoesNotContain(PradinesAfterTheWeek, titles);
        Assert.Contains("à moins de 30 km de Cahors", await page.Locator("#nombre-resultats").InnerTextAsync());
        var pradinesCard = page.Locator(".fr-card").Filter(new() { HasText = Pradines });
        Assert.Matches("à \\d+(,\\d)?\u00a0km", await pradinesCard.Locator(".si-distance").InnerTextAsync());

        // The map draws the same events as the list, with the circle searched.
        var map = page.Locator("[data-si-map]");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-loaded", titles.Count.ToString());
        Assert.True(await page.Locator(".leaflet-overlay-pane path").CountAsync() > 0, "Neither the outlines nor the circle are drawn.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "recherche-cahors-30-km.png"), FullPage = true });

        // The visitor opens the visit and adds it to a calendar.
        await pradinesCard.Locator(".fr-card__title a").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/evenements/\d+$"));
        Assert.Equal(Pradines, (await page.Locator("h1").InnerTextAsync()).Trim());
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ajouter à mon agenda" }).ClickAsync());
        var file = await download.PathAsync();
        var calendar = Unfold(await File.ReadAllTextAsync(file));
        output.WriteLine(calendar);

        Assert.StartsWith("BEGIN:VCALENDAR", calendar);
        Assert.Contains("\nBEGIN:VEVENT", calendar);
        Assert.Contains("\nSUMMARY:" + Pradines, calendar);
        // Wednesday 25 November 2026, 9:00 in Paris: 8:00 UTC, whichever way the file writes it.
        Assert.Matches(@"\nDTSTART(;TZID=Europe/Paris:20261125T090000|:20261125T080000Z)", calendar);
        Assert.Matches(@"\nURL[^:]*:\S+/evenements/\d+", calendar);
        Assert.EndsWith("END:VCALENDAR", calendar.TrimEnd());
        Assert.Empty(refused);
        await page.Context.CloseAsync();
    }

    /// <summary>RFC 5545 folds long lines with CRLF and a space: a reader joins them back.</summary>
    private static string Unfold(string ics) => ics.Replace("\r\n ", "").Replace("\r\n", "\n");

    private Task SeedAroundCahorsAsync() => site.WithDbAsync(async db =>
    {
        if (await db.Events.AnyAsync(e => e.Title == Pradines)) return;
        var edition = await db.Editions.SingleAsync(e => e.Year == 2026);
        var pupils = await db.Audiences.SingleAsync(a => a.Code == "collegiens");
        var jobSeekers = await db.Audiences.SingleAsync(a => a.Code == "demandeurs-emploi");
        var communes = await db.Communes.Where(c => c.InseeCode == "46224" || c.InseeCode == "46102").ToDictionaryAsync(c => c.InseeCode);
        var organisation = new Organisation { Name = "Chaudronnerie du Lot", Kind = OrganisationKind.Company, CommuneCode = "46224" };

        void Add(string title, string commune, DateTime local, string kind, Audience audience)
        {
            var e = new Event
            {
                Edition = edition, Organisation = organisation, Title = title, Summary = "Les métiers de la tôle et de la soudure, atelier ouvert.",
                KindCode = kind, CommuneCode = commune, DepartmentCode = "46", Status = EventStatus.Labelled,
                Latitude = communes[commune].Latitude, Longitude = communes[commune].Longitude,
            };
            var start = FrenchTime.ToUtc(local, "Europe/Paris");
            e.Sessions.Add(new Session { StartsAtUtc = start, EndsAtUtc = start.AddHours(2), RegistrationMode = RegistrationMode.Platform, Capacity = 25 });
            e.Audiences.Add(audience);
            e.RefreshDates();
            db.Events.Add(e);
        }

        Add(Pradines, "46224", new DateTime(2026, 11, 25, 9, 0, 0), "visite-entreprise", pupils);
        Add(Figeac, "46102", new DateTime(2026, 11, 25, 9, 0, 0), "visite-entreprise", pupils);
        Add(PradinesAdults, "46224", new DateTime(2026, 11, 26, 14, 0, 0), "job-dating", jobSeekers);
        Add(PradinesAfterTheWeek, "46224", new DateTime(2026, 12, 9, 9, 0, 0), "visite-entreprise", pupils);
        await db.SaveChangesAsync();
    });
}
