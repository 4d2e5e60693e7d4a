using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Demo;

namespace SemaineIndustrie.BrowserTests;

/// <summary>Issue 6 in the browser: the statistics draw their charts and their map; the poster's QR code leads to the event.</summary>
[Collection(SiteCollection.Name)]
public sealed class StatisticsAndKitJourneys(SiteFixture site)
{
    private static readonly Lazy<string> JsQr = new(() => RepositoryPaths.FrontEndFile("jsqr/dist/jsQR.js"));

    [Fact]
    public async Task TheStatisticsPageDrawsItsChartsAndColoursTheMapOfDepartments()
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        // Map tiles come from another site, out of reach here: only the site's own answers and scripts count.
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) problems.Add(m.Text); };
        page.PageError += (_, e) => problems.Add(e);
        page.Response += (_, r) => { if (r.Status >= 400 && r.Url.StartsWith(site.BaseAddress.ToString(), StringComparison.Ordinal)) problems.Add($"{r.Status} {r.Url}"); };

        Assert.Equal(200, (await page.GotoAsync("/statistiques"))!.Status);

        // Every chart has pixels on its canvas: Chart.js ran, from the page's data, under the CSP.
        await page.WaitForFunctionAsync("""
            () => { const charts = [...document.querySelectorAll('canvas[data-si-chart]')];
              return charts.length > 0 && charts.every(c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true; return false; }); }
            """, null, new() { Timeout = 15_000 });
        // The map: one shape per department, in more than one colour, with its legend.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-si-choropleth] path').length >= 96", null, new() { Timeout = 15_000 });
        var colours = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('[data-si-choropleth] path')].map(p => getComputedStyle(p).fill))]");
        Assert.True(colours.Length >= 2, $"The departments are all of one colour: {string.Join(", ", colours)}");
        Assert.True(await page.Locator(".si-legend li").CountAsync() >= 2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, "statistiques.png"), FullPage = true });
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnOrganiserDownloadsThePosterOfALabelledEventWhoseQrCodeLeadsToTheEventsPage()
    {
        var email = $"organisateur.lot@{DemoAccounts.Domain}";
        var (id, title) = (0, "");
        await site.WithDbAsync(async db =>
        {
            var organisations = db.OrganisationMembers.Where(m => m.User!.Email == email).Select(m => m.OrganisationId);
            (id, title) = await db.Events.Where(e => e.Status == EventStatus.Labelled && organisations.Contains(e.OrganisationId))
                .OrderBy(e => e.Id).Select(e => ValueTuple.Create(e.Id, e.Title)).FirstAsync();
        });
        var page = await site.NewPageAsync(injectsScripts: true);
        await SignIn.AsAsync(page, email);
        await page.GotoAsync($"/organisateur/evenements/{id}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Affiche en PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));

        await page.GetByRole(AriaRole.Link, new() { Name = "Affiche A4 à imprimer" }).ClickAsync();
        await page.WaitForURLAsync($"**/evenements/{id}/affiche");
        Assert.Contains(title, await page.Locator("main").InnerTextAsync());

        // The QR code as a phone reads it: the drawn image, decoded by jsQR (not the matrix the server drew it from).
        await page.AddScriptTagAsync(new() { Content = JsQr.Value });
        var read = await page.EvaluateAsync<string?>("""
            async () => {
              const svg = document.querySelector('[data-si-poster-qr] svg');
              const image = new Image();
              await new Promise((ok, ko) => { image.onload = ok; image.onerror = ko;
                image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg)); });
              const size = 600, canvas = document.createElement('canvas');
              canvas.width = canvas.height = size;
              const context = canvas.getContext('2d');
              context.fillStyle = '#fff'; context.fillRect(0, 0, size, size);
              context.drawImage(image, 0, 0, size, size);
              const code = jsQR(context.getImageData(0, 0, size, size).data, size, size);
              return code ? code.data : null;
            }
            """);
        Assert.NotNull(read);
        Assert.EndsWith($"/evenements/{id}", new Uri(read).AbsolutePath);

        var eventPage = await page.GotoAsync(new Uri(site.BaseAddress, new Uri(read).PathAndQuery).ToString());
        Assert.Equal(200, eventPage!.Status);
        Assert.Equal(title, (await page.Locator("h1").First.InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }
}
