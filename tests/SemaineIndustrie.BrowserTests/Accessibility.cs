using System.Text;
using System.Text.Json;

namespace SemaineIndustrie.BrowserTests;

/// <summary>axe-core on the main pages: no « serious » or « critical » WCAG 2.x A/AA violation.</summary>
[Collection(SiteCollection.Name)]
public sealed class Accessibility(SiteFixture site, Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<string> AxeScript = new(() => RepositoryPaths.FrontEndFile("axe-core/axe.min.js"));

    [Theory]
    [InlineData("/")]
    [InlineData("/evenements")]
    [InlineData("/departements/46")]
    [InlineData("/departements/46?edition=2021")]
    public async Task PageHasNoSeriousOrCriticalAccessibilityViolation(string path)
    {
        var page = await site.NewPageAsync(injectsScripts: true);
        Assert.Equal(200, (await page.GotoAsync(path))!.Status);
        await AssertNoSeriousViolationsAsync(page, path);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task EventPageHasNoSeriousOrCriticalAccessibilityViolation()
    {
        var page = await site.NewPageAsync(injectsScripts: true);
        await page.GotoAsync("/departements/46?edition=2021");
        var href = await page.Locator(".fr-card__title a").First.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.Equal(200, (await page.GotoAsync(href))!.Status);
        await AssertNoSeriousViolationsAsync(page, href);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AdministrationPagesHaveNoSeriousOrCriticalAccessibilityViolation()
    {
        var page = await site.NewPageAsync(injectsScripts: true);
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync($"admin@{SemaineIndustrie.Web.Demo.DemoAccounts.Domain}");
        await page.GetByLabel("Mot de passe").FillAsync(SemaineIndustrie.Web.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/compte$"));
        foreach (var path in new[] { "/admin", "/admin/editions", "/admin/editions/2026/modifier", "/admin/listes/filieres", "/admin/comptes", "/admin/journal", "/comite/pilotage", "/comite/pilotage/32" })
        {
            Assert.Equal(200, (await page.GotoAsync(path))!.Status);
            await AssertNoSeriousViolationsAsync(page, path);
        }
        // A form sent back with its errors next to the fields.
        await page.GotoAsync("/admin/editions/nouvelle");
        await page.EvaluateAsync("() => document.getElementById('formulaire-edition').noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l’édition" }).ClickAsync();
        await page.Locator(".fr-message--error").First.WaitForAsync();
        await AssertNoSeriousViolationsAsync(page, "/admin/editions/nouvelle (with errors)");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RegistrationPagesHaveNoSeriousOrCriticalAccessibilityViolation()
    {
        // A session of its own, ten days ahead: the demo's sessions are past once its week is.
        var eventId = await UpcomingEvents.SeedAsync(site, "Atelier de soudure accessible à tous", "atelier", "collegiens", capacity: 30);
        var sessionId = 0;
        await site.WithDbAsync(async db => sessionId = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Id)));
        var page = await site.NewPageAsync(injectsScripts: true);
        foreach (var form in new[] { $"/inscriptions/creneau/{sessionId}?pour=personne", $"/inscriptions/creneau/{sessionId}?pour=groupe" })
        {
            Assert.Equal(200, (await page.GotoAsync(form))!.Status);
            await AssertNoSeriousViolationsAsync(page, form);
            // The same form showing its errors.
            await page.Locator("#formulaire-inscription button[type=submit]").ClickAsync();
            await page.Locator(".fr-input-group--error").First.WaitForAsync();
            await AssertNoSeriousViolationsAsync(page, form + " (errors)");
        }
        await page.GetByLabel("Prénom et nom").FillAsync("Axe Core");
        await page.GetByLabel("Adresse électronique").FillAsync("axe@accessibilite.test");
        await page.GetByLabel("Établissement ou structure").FillAsync("Lycée Champollion");
        await page.GetByLabel("Nombre d’élèves ou de participants").FillAsync("2");
        await page.Locator("#formulaire-inscription button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/inscriptions/[A-Za-z0-9_-]{43}"));
        await AssertNoSeriousViolationsAsync(page, "/inscriptions/{token}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TheEventFormWithItsPictureAndMapHasNoSeriousOrCriticalAccessibilityViolation()
    {
        var page = await site.NewPageAsync(injectsScripts: true);
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync($"organisateur.lot@{SemaineIndustrie.Web.Demo.DemoAccounts.Domain}");
        await page.GetByLabel("Mot de passe").FillAsync(SemaineIndustrie.Web.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/compte$"));
        Assert.Equal(200, (await page.GotoAsync("/organisateur/evenements"))!.Status);
        await AssertNoSeriousViolationsAsync(page, "/organisateur/evenements (1. Quoi ?)");
        for (var i = 0; i < 2; i++) await page.GetByRole(AriaRole.Button, new() { Name = "Étape suivante" }).ClickAsync();
        await page.Locator(".si-pin-map .leaflet-marker-icon").WaitForAsync();
        await AssertNoSeriousViolationsAsync(page, "/organisateur/evenements (3. Où ?, with its map)");
        await page.Context.CloseAsync();
    }

    /// <summary>The check above would fail on a real problem: an image without text alternative is reported.</summary>
    [Fact]
    public async Task TheCheckReportsAnImageWithoutTextAlternative()
    {
        var page = await site.NewPageAsync(injectsScripts: true);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = '/favicon.ico'; img.id = 'sans-alt'; document.querySelector('main, body').appendChild(img); }");
        var failure = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => AssertNoSeriousViolationsAsync(page, "/ (with an image without alt)"));
        Assert.Contains("image-alt (critical", failure.Message);
        Assert.Contains("#sans-alt", failure.Message);
        await page.Context.CloseAsync();
    }

    private async Task AssertNoSeriousViolationsAsync(IPage page, string path)
    {
        await page.AddScriptTagAsync(new() { Content = AxeScript.Value });
        var json = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              // WCAG 2.5.8's « equivalent » exception: the map's markers and clusters may overlap at a low zoom; the list
              // beside the map (reached by its skip link) gives every event as a full-size link. Only they are set aside.
              for (const v of r.violations)
                if (v.id === 'target-size') v.nodes = v.nodes.filter(n => !n.html.includes('leaflet-marker-icon'));
              return { passes: r.passes.length, violations: r.violations.filter(v => v.nodes.length > 0).map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, count: v.nodes.length,
                targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')),
                html: v.nodes.length ? v.nodes[0].html : ''
              })) };
            }
            """);
        // axe really ran its WCAG rules on the page (a missing or broken script would check nothing).
        Assert.True(json.GetProperty("passes").GetInt32() > 0, $"axe-core checked no rule on {path}.");
        // Moderate and minor findings do not fail the run but are listed for whoever reads the output.
        foreach (var v in json.GetProperty("violations").EnumerateArray().Where(v => v.GetProperty("impact").GetString() is not ("serious" or "critical")))
            output.WriteLine($"{path}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) at {string.Join(", ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}");
        var serious = json.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .ToList();
        if (serious.Count == 0) return;

        var message = new StringBuilder($"{serious.Count} serious or critical accessibility violation(s) on {path}:");
        foreach (var v in serious)
        {
            message.AppendLine()
                .Append($"- {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("count").GetInt32()} node(s)): ")
                .Append(v.GetProperty("help").GetString())
                .Append(" — ").Append(v.GetProperty("helpUrl").GetString());
            foreach (var target in v.GetProperty("targets").EnumerateArray())
                message.AppendLine().Append("    at ").Append(target.GetString());
            message.AppendLine().Append("    html: ").Append(v.GetProperty("html").GetString());
        }
        Assert.Fail(message.ToString());
    }
}
