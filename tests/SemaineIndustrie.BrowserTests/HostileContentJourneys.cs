using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.BrowserTests;

/// <summary>
/// Hostile text, typed by an organiser and by a registrant, shown on every page that shows it, in Chromium (issue 7):
/// it reads as the text it is, nothing of it runs and nothing of it becomes markup. The site's Content-Security-Policy
/// would stop an inline script anyway; these checks look at the first line of defence, the escaping, by searching the
/// page's DOM for what an injection leaves behind (event-handler attributes, javascript: links, foreign elements).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class HostileContentJourneys(SiteFixture site)
{
    private const string Word = "zqxferronnerie";
    private const string Title = $"Portes ouvertes <img src=x onerror=\"window.__pwned='titre'\"> {Word}";
    private const string Summary = "</script><script>window.__pwned='résumé'</script> « ateliers » & métiers";
    private const string Description =
        "Premier paragraphe <svg onload=\"window.__pwned='description'\"></svg> 👩‍🏭\n\n<a href=\"javascript:window.__pwned='lien'\">clic</a> \u202Eexe.lien";
    private const string Venue = "\"><iframe src=\"javascript:window.__pwned='lieu'\"></iframe> Atelier";
    private const string Registrant = "<b onmouseover=\"window.__pwned='inscrit'\">Zoé</b> O'Brien";
    private const string Organiser = "organisateur.lot@demo.semaine-industrie.test";
    private const string Reviewer = "referent.lot@demo.semaine-industrie.test";

    /// <summary>What an injection leaves in a page: each finding names it; none is expected.</summary>
    private const string Findings = """
        () => {
          const found = [];
          if (window.__pwned) found.push("ran: " + window.__pwned);
          for (const el of document.querySelectorAll("*")) {
            for (const a of el.attributes) {
              if (/^on/i.test(a.name)) found.push(el.tagName + " has " + a.name);
              if (/^\s*javascript:/i.test(a.value) && /^(href|src|action|formaction)$/i.test(a.name)) found.push(el.tagName + " " + a.name + "=" + a.value);
            }
          }
          document.querySelectorAll("iframe, object, embed, img[src='x']").forEach(el => found.push("element " + el.outerHTML.slice(0, 80)));
          for (const s of document.scripts)
            if (s.type !== "application/ld+json" && s.textContent.includes("__pwned")) found.push("script " + s.textContent.slice(0, 80));
          return found;
        }
        """;

    [Fact]
    public async Task HostileTextReadsAsTextOnEveryPageAndNothingOfItRuns()
    {
        var (eventId, sessionId) = await SeedAsync();
        var dialogs = new List<string>();

        // A visitor reads the event, finds it, opens it on the map and registers with a hostile name.
        var visitor = await WatchedPageAsync(dialogs);
        await visitor.GotoAsync($"/evenements/{eventId}");
        Assert.Equal(Title, (await visitor.Locator("h1").InnerTextAsync()).Trim());
        var main = await visitor.Locator("main").InnerTextAsync();
        Assert.Contains(Summary, main);
        Assert.Contains("Premier paragraphe <svg onload=", main);
        Assert.Contains("<a href=\"javascript:window.__pwned='lien'\">clic</a>", main);
        Assert.Contains(Venue, main);
        // The structured data for search engines stays one JSON object, with the title as typed.
        var structured = await visitor.Locator("script[type='application/ld+json']").First.TextContentAsync();
        Assert.Equal(Title, JsonDocument.Parse(structured!).RootElement.GetProperty("name").GetString());
        await AssertCleanAsync(visitor, "the event page");

        await visitor.GotoAsync($"/evenements?q={Word}");
        Assert.Equal(Title, (await visitor.Locator(".fr-card__title").First.InnerTextAsync()).Trim());
        await AssertCleanAsync(visitor, "the list of results");
        // The map's popup is built in the browser from the API's JSON.
        await Assertions.Expect(visitor.Locator("[data-si-map][data-loaded='1']")).ToHaveCountAsync(1);
        await visitor.Locator(".leaflet-marker-icon").First.ClickAsync();
        var popup = visitor.Locator(".leaflet-popup-content .si-map-card");
        await Assertions.Expect(popup.Locator("p.fr-text--sm").First).Not.ToHaveTextAsync("Chargement…");
        Assert.Equal(Title, (await popup.Locator("a").InnerTextAsync()).Trim());
        await AssertCleanAsync(visitor, "the map's popup");

        await visitor.GotoAsync($"/inscriptions/creneau/{sessionId}");
        await visitor.GetByLabel("Prénom et nom").FillAsync(Registrant);
        await visitor.GetByLabel("Adresse électronique").FillAsync("zoe.obrien@exemple.test");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Confirmer l’inscription" }).ClickAsync();
        await visitor.WaitForURLAsync(new Regex("/inscriptions/[A-Za-z0-9_-]{43}"));
        Assert.Contains(Registrant, await visitor.Locator("#details").InnerTextAsync());
        await AssertCleanAsync(visitor, "the registrant's private page");
        await visitor.Context.CloseAsync();

        // The organiser sees the registrant and the event's form; the reviewer of the Lot sees the event to review.
        var organiser = await WatchedPageAsync(dialogs, Organiser);
        await AssertShowsAsync(organiser, $"/inscriptions/gestion/creneau/{sessionId}", Registrant, "the session's registrations");
        await AssertShowsAsync(organiser, "/organisateur", Title, "the organiser's dashboard");
        await organiser.GotoAsync($"/organisateur/evenements/{eventId}");
        Assert.Equal(Title, await organiser.Locator("#Input_Title").InputValueAsync());
        await AssertCleanAsync(organiser, "the organiser's form");
        await organiser.Context.CloseAsync();

        var reviewer = await WatchedPageAsync(dialogs, Reviewer);
        await AssertShowsAsync(reviewer, $"/comite/evenements/{eventId}", Title, "the committee's review page");
        await reviewer.Context.CloseAsync();

        Assert.Empty(dialogs);
    }

    /// <summary>A new page, signed in as <paramref name="email"/> when given, whose dialogs (an alert() that ran) are noted.</summary>
    private async Task<IPage> WatchedPageAsync(List<string> dialogs, string? email = null)
    {
        var page = await site.NewPageAsync();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        if (email is not null) await SignIn.AsAsync(page, email);
        return page;
    }

    /// <summary>The page at <paramref name="url"/> shows <paramref name="text"/> as text, and nothing of it ran.</summary>
    private static async Task AssertShowsAsync(IPage page, string url, string text, string where)
    {
        await page.GotoAsync(url);
        Assert.Contains(text, await page.Locator("main").InnerTextAsync());
        await AssertCleanAsync(page, where);
    }

    private static async Task AssertCleanAsync(IPage page, string where)
    {
        var found = await page.EvaluateAsync<string[]>(Findings);
        Assert.True(found.Length == 0, $"On {where} ({page.Url}): {string.Join("; ", found)}");
    }

    /// <summary>A labelled event of the demo organiser in Cahors, its texts hostile, with one session in ten days.</summary>
    private async Task<(int EventId, int SessionId)> SeedAsync()
    {
        var ids = (0, 0);
        await site.WithDbAsync(async db =>
        {
            if (await db.Sessions.Where(s => s.Event!.Title == Title).Select(s => new { s.EventId, s.Id }).FirstOrDefaultAsync() is { } known)
            {
                ids = (known.EventId, known.Id);
                return;
            }
            var e = new Event
            {
                Edition = await db.Editions.SingleAsync(x => x.Year == 2026), Title = Title, Summary = Summary, Description = Description,
                KindCode = "portes-ouvertes", Venue = Venue, Address = "4 avenue de la Gare", PostalCode = "46000",
                Organisation = await db.OrganisationMembers.Where(m => m.User!.Email == Organiser).Select(m => m.Organisation!).FirstAsync(),
                CommuneCode = "46042", DepartmentCode = "46", Latitude = 44.4475, Longitude = 1.4419, Status = EventStatus.Labelled,
            };
            e.Audiences.Add(await db.Audiences.SingleAsync(a => a.Code == "demandeurs-emploi"));
            var start = DateTime.UtcNow.Date.AddDays(10).AddHours(8);
            e.Sessions.Add(new Session { StartsAtUtc = start, EndsAtUtc = start.AddHours(2), RegistrationMode = RegistrationMode.Platform, Capacity = 20 });
            e.RefreshDates();
            db.Events.Add(e);
            await db.SaveChangesAsync();
            ids = (e.Id, e.Sessions[0].Id);
        });
        return ids;
    }
}
