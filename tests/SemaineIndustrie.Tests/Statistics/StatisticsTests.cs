using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;
using SemaineIndustrie.Web.Statistics;

namespace SemaineIndustrie.Tests.Statistics;

/// <summary>The figures of <see cref="KnownEdition"/>, checked one by one on both providers, then read back from the pages' CSV.</summary>
public sealed class StatisticsTests
{
    private static readonly SeededApps Apps = new(KnownEdition.SeedAsync);

    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private static async Task<EditionFigures> FiguresAsync(TestApp app, Territory territory)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editionId = await app.WithDbAsync(db => Task.FromResult(db.Editions.Single(e => e.Year == KnownEdition.Year).Id));
        return await scope.ServiceProvider.GetRequiredService<StatisticsService>().ForAsync(editionId, territory);
    }

    private static int Of(IReadOnlyList<Count> counts, string code) => counts.SingleOrDefault(c => c.Code == code)?.Value ?? 0;

    [Theory, MemberData(nameof(Providers))]
    public async Task NationalFiguresAreThoseOfTheKnownEdition(DatabaseProvider provider)
    {
        var f = await FiguresAsync(await Apps.GetAsync(provider), Territory.National);

        Assert.Equal(3, f.Labelled);
        Assert.Equal((3, 1, 1, 0), (Of(f.States, "Labelled"), Of(f.States, "Submitted"), Of(f.States, "Refused"), Of(f.States, "Draft")));
        Assert.Equal((2, 1, 0), (Of(f.Kinds, "visite-entreprise"), Of(f.Kinds, "job-dating"), Of(f.Kinds, "forum")));
        Assert.Equal((1, 1), (Of(f.Audiences, "collegiens"), Of(f.Audiences, "demandeurs-emploi")));
        Assert.Equal((2, 1, 0), (Of(f.Departments, "46"), Of(f.Departments, "32"), Of(f.Departments, "31")));
        Assert.Equal(109, f.Departments.Count); // every department of the reference data, overseas collectivities included
        Assert.Equal(new RegistrationFigures(1, 30, 12, 2, 12, 1, 9, 1, 3, 1), f.Registrations);
        Assert.Equal((25, 7, 32), (Of(f.Attendance, "collegiens"), Of(f.Attendance, "demandeurs-emploi"), f.AttendanceTotal));
        // Submitted 52, 43, 21, 12 and 7 days before Monday 22 November 2010.
        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0], f.SubmissionsByWeek.Select(w => w.Value));
        Assert.Equal("8 semaines avant", f.SubmissionsByWeek[5].Label);
        Assert.Equal("1 semaine avant", f.SubmissionsByWeek[12].Label);
        // Delays of 2, 10 and 4 days; the job dating was labelled after its due date; the waiting one is overdue today.
        Assert.Equal(new DelayFigures(3, 4, 2, 1, 1), f.Delays);
        var year = f.Years.Single(y => y.Year == KnownEdition.Year);
        Assert.Equal(new YearFigures(KnownEdition.Year, null, null, 3, 32), year);
        Assert.Contains(f.Years, y => y.Year == 2011 && y.PublishedEvents is > 0);
        Assert.Equal(Enumerable.Range(2010, 16), f.Years.Select(y => y.Year).Where(y => y <= 2025));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task DepartmentFiguresCountOnlyItsEvents(DatabaseProvider provider)
    {
        var f = await FiguresAsync(await Apps.GetAsync(provider), new Territory("76", "46", "Lot (46)"));

        Assert.Equal(2, f.Labelled);
        Assert.Equal((2, 1, 1), (Of(f.States, "Labelled"), Of(f.States, "Submitted"), Of(f.States, "Refused")));
        Assert.Equal((1, 1), (Of(f.Kinds, "visite-entreprise"), Of(f.Kinds, "job-dating")));
        Assert.Equal(["46"], f.Departments.Select(d => d.Code));
        Assert.Equal(new DelayFigures(2, 6, 1, 1, 1), f.Delays);
        Assert.Equal(4, f.SubmissionsByWeek.Sum(w => w.Value));
        var year = f.Years.Single(y => y.Year == 2011);
        Assert.Null(year.PublishedEvents); // published figures are national
        var region = await FiguresAsync(await Apps.GetAsync(provider), new Territory("76", null, "Occitanie"));
        Assert.Equal(3, region.Labelled);
        Assert.Equal(13, region.Departments.Count);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task EachFigureReadsBackFromItsCsv(DatabaseProvider provider)
    {
        var client = (await Apps.GetAsync(provider)).CreateClient();
        var response = await client.GetAsync($"/statistiques?handler=Csv&figure=types&edition={KnownEdition.Year}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("statistiques-2010-france-types.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Read(bytes);
        Assert.Equal(["Type", "Événements"], rows[0]);
        var app = await Apps.GetAsync(provider);
        var visit = await app.WithDbAsync(db => Task.FromResult(db.EventKinds.Single(k => k.Code == "visite-entreprise").Label));
        var jobDating = await app.WithDbAsync(db => Task.FromResult(db.EventKinds.Single(k => k.Code == "job-dating").Label));
        Assert.Equal([[visit, "2"], [jobDating, "1"]], rows.Skip(1));

        var years = Read(await client.GetByteArrayAsync($"/statistiques?handler=Csv&figure=editions&edition={KnownEdition.Year}&department=46"));
        Assert.Equal(["Édition", "Événements labellisés sur la plateforme", "Personnes accueillies (déclarées)"], years[0]);
        Assert.Contains(years, r => r[0] == "2010" && r[1] == "2" && r[2] == "32");
        Assert.Equal(404, (int)(await client.GetAsync($"/statistiques?handler=Csv&figure=inconnue&edition={KnownEdition.Year}")).StatusCode);
        Assert.Equal(404, (int)(await client.GetAsync("/statistiques?edition=1990")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ThePublicPageShowsNoStateButTheAgentsPageDoes(DatabaseProvider provider)
    {
        var app = await Apps.GetAsync(provider);
        var page = await app.CreateClient().GetStringAsync($"/statistiques?edition={KnownEdition.Year}&department=46");
        Assert.Contains("data-si-figure-table=\"types\"", page);
        Assert.DoesNotContain("data-si-figure-table=\"etats\"", page);
        Assert.Contains("id=\"si-statistics-data\"", page);
        Assert.Contains("<canvas data-si-chart=\"types\"", page);
        Assert.DoesNotContain("<script>", page);
    }

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";", HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Parser.Record!);
        return rows;
    }
}
