using System.Net;
using AngleSharp.Html.Parser;
using PdfSharp.Pdf.IO;
using QRCoder;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Statistics;

/// <summary>The poster (page and PDF) and its QR code, the programme, the report and the press release, on the known catalogue.</summary>
public sealed class CommunicationKitTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private static Task<int> IdAsync(TestApp app, string title) =>
        app.WithDbAsync(db => Task.FromResult(db.Events.Single(e => e.Title == title).Id));

    [Theory, MemberData(nameof(Providers))]
    public async Task ThePosterQrCodeEncodesTheEventsPublicAddress(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        var id = await IdAsync(app, KnownCatalogue.LotVisit);
        var html = await app.CreateClient().GetStringAsync($"/evenements/{id}/affiche");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains(KnownCatalogue.LotVisit, document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Semaine de l’Industrie 2026", html);
        Assert.Contains("Avec l’industrie, fabrique ton avenir", html);

        // The modules drawn on the poster, read back from its SVG, are those of the event's address and of no other.
        var svg = document.QuerySelector("[data-si-poster-qr] svg")!;
        var size = int.Parse(svg.GetAttribute("data-si-qr")!);
        var drawn = new bool[size, size];
        foreach (var rect in svg.QuerySelectorAll("rect[x]"))
            drawn[int.Parse(rect.GetAttribute("y")!), int.Parse(rect.GetAttribute("x")!)] = true;
        Assert.True(SameModules(drawn, $"http://localhost:5080/evenements/{id}"));
        Assert.False(SameModules(drawn, $"http://localhost:5080/evenements/{id + 1}"));
    }

    private static bool SameModules(bool[,] drawn, string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        if (data.ModuleMatrix.Count != drawn.GetLength(0)) return false;
        for (var y = 0; y < data.ModuleMatrix.Count; y++)
            for (var x = 0; x < data.ModuleMatrix.Count; x++)
                if (data.ModuleMatrix[y][x] != drawn[y, x]) return false;
        return true;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task PostersProgrammesAndReportsAreValidPdfs(DatabaseProvider provider)
    {
        var app = await CatalogueApps.GetAsync(provider);
        var client = app.CreateClient();
        var id = await IdAsync(app, KnownCatalogue.LotVisit);
        foreach (var url in new[] { $"/evenements/{id}/affiche?handler=Pdf", "/departements/46/programme?handler=Pdf", "/statistiques/bilan?handler=Pdf&department=46", "/statistiques/bilan?handler=Pdf" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
            using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
            Assert.True(pdf.PageCount >= 1, url);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheProgrammeListsTheDepartmentsLabelledEventsByDate(DatabaseProvider provider)
    {
        var client = (await CatalogueApps.GetAsync(provider)).CreateClient();
        var html = await client.GetStringAsync("/departements/46/programme");
        var visit = html.IndexOf(KnownCatalogue.LotVisit, StringComparison.Ordinal);
        var jobDating = html.IndexOf(KnownCatalogue.LotJobDating, StringComparison.Ordinal);
        Assert.InRange(visit, 0, jobDating); // 24 November before 27 November
        Assert.DoesNotContain(KnownCatalogue.LotSubmitted, html);
        Assert.DoesNotContain(KnownCatalogue.GersOpenDay, html);
        Assert.Contains("Mardi 24 novembre 2026", html);
    }

    [Fact]
    public async Task ThePressReleaseGivesTheDepartmentsFiguresAndHighlights()
    {
        await using var app = await AccountsApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.ClientAsync(People.LotReviewer);
        var html = await client.GetStringAsync("/comite/communique?department=46");
        var draft = new HtmlParser().ParseDocument(html).QuerySelector("textarea#communique")!.TextContent;
        Assert.Contains("2 événements labellisés dans le département Lot (46)", draft);
        Assert.Contains($"– {KnownCatalogue.LotVisit}, Fonderie du Quercy", draft); // the featured event
        Assert.DoesNotContain(KnownCatalogue.LotJobDating, draft);
        Assert.Contains("/departements/46/programme?edition=2026", draft);
    }
}
