using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Catalogue;
using SemaineIndustrie.Web.Demo;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Demo;

public class DemoSeederTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task TheDemoFillsTheOpenEditionOverEveryDepartmentAndTheLotsTwentyTwentyOne(DatabaseProvider provider)
    {
        await using var app = new TestApp(await TestDatabase.CreateAsync(provider), new Dictionary<string, string?>
        {
            ["Demo:Seed"] = "true",
            ["Demo:EventsInOpenEdition"] = "600",
        });
        _ = app.Server;

        await app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.SingleAsync(e => e.Year == 2026);
            Assert.Equal(EditionStatus.Open, edition.Status);
            var events = db.Events.Where(e => e.EditionId == edition.Id);
            Assert.Equal(600, await events.CountAsync());
            // Every department of France (96 metropolitan and 5 overseas) has events...
            Assert.Equal(101, await events.Select(e => e.DepartmentCode).Distinct().CountAsync());
            // ...more where more people live.
            Assert.True(await events.CountAsync(e => e.DepartmentCode == "59") > await events.CountAsync(e => e.DepartmentCode == "48"));
            Assert.True(await events.CountAsync(e => e.Status == EventStatus.Labelled) > 450);
            Assert.All(await events.Where(e => e.Status == EventStatus.Labelled).Select(e => e.StartsAtUtc).ToListAsync(),
                start => Assert.True(edition.IsInWindow(DateOnly.FromDateTime(start!.Value))));

            var opening = await db.Events.Include(e => e.Sessions)
                .SingleAsync(e => e.Edition!.Year == 2021 && e.DepartmentCode == "46" && e.IsFeatured);
            Assert.Equal("46197", opening.CommuneCode); // Le Montat
            Assert.StartsWith("mercredi 24 novembre 2021, de 9 h 00 à",
                FrenchTime.Slot(opening.Sessions[0].StartsAtUtc, opening.Sessions[0].EndsAtUtc, "Europe/Paris"));
            Assert.InRange(await db.Events.CountAsync(e => e.Edition!.Year == 2021 && e.DepartmentCode == "46"), 10, 20);
        });

        var home = await app.CreateClient().GetDocumentAsync("/");
        Assert.Equal("Semaine de l’Industrie 2026", home.QuerySelector("h1")!.TextContent.Trim());

        // Each department of Occitanie has its steering committee; the Gers and the Lot list their partners.
        var committees = await app.WithDbAsync(db => db.SteeringCommittees.AsNoTracking()
            .Select(c => new { c.DepartmentCode, c.LeadService, Partners = c.Partners.Count }).ToListAsync());
        Assert.Equal(["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"], committees.Select(c => c.DepartmentCode).Order());
        Assert.All(committees, c => Assert.False(string.IsNullOrEmpty(c.LeadService)));
        Assert.True(committees.Single(c => c.DepartmentCode == "32").Partners > 3);
        Assert.True(committees.Single(c => c.DepartmentCode == "46").Partners > 3);
        var lot = await app.CreateClient().GetDocumentAsync("/departements/46");
        Assert.Contains("Mecanic Vallée", lot.QuerySelector("#comite-de-pilotage")!.TextContent);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheDemoIsTheSameOnEveryRun(DatabaseProvider provider)
    {
        async Task<List<string>> SeedAndReadTitles()
        {
            await using var app = new TestApp(await TestDatabase.CreateAsync(provider), new Dictionary<string, string?>
            {
                ["Demo:Seed"] = "true",
                ["Demo:EventsInOpenEdition"] = "350",
            });
            _ = app.Server;
            return await app.WithDbAsync(db => db.Events.OrderBy(e => e.Id).Select(e => e.Title + "|" + e.CommuneCode + "|" + e.StartsAtUtc).ToListAsync());
        }

        Assert.Equal(await SeedAndReadTitles(), await SeedAndReadTitles());
    }

    [Fact]
    public async Task TheOpenEditionsWeekCanBeMovedAheadAndItsCalendarAndSessionsMoveWithIt()
    {
        // A Thursday: the week starts on the Monday after it.
        await using var app = new TestApp(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), new Dictionary<string, string?>
        {
            ["Demo:Seed"] = "true",
            ["Demo:EventsInOpenEdition"] = "200",
            ["Demo:OpenWeekStart"] = "2031-03-13",
        });
        _ = app.Server;

        await app.WithDbAsync(async db =>
        {
            var edition = await db.Editions.SingleAsync(e => e.Year == 2026);
            Assert.Equal((new DateOnly(2031, 3, 17), new DateOnly(2031, 3, 23)), (edition.WeekStart!.Value, edition.WeekEnd!.Value));
            Assert.Equal((new DateOnly(2030, 12, 24), new DateOnly(2031, 3, 3)), (edition.SubmissionOpensOn!.Value, edition.SubmissionDeadline!.Value));
            var starts = await db.Sessions.Where(s => s.Event!.EditionId == edition.Id).Select(s => s.StartsAtUtc).ToListAsync();
            Assert.NotEmpty(starts);
            Assert.All(starts, start => Assert.True(edition.IsInWindow(DateOnly.FromDateTime(start))));
        });
    }

    [Fact]
    public async Task AnUnreadableWeekStopsTheStartInFrenchNamingTheSettingAndSeedsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = database.ConnectionString,
        };
        await using (var ready = DatabaseStartupTests.Services(settings)) await ready.PrepareDatabaseAsync(seedDemo: false);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?>(settings) { ["Demo:OpenWeekStart"] = "lundi prochain" }).Build();
        await using var services = DatabaseStartupTests.Services(settings);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Bound as the application binds it (Program.cs): when the seeder first reads it.
        await using var options = new ServiceCollection().Configure<DemoOptions>(configuration.GetSection("Demo")).BuildServiceProvider();
        var seeder = new DemoSeeder(db, options.GetRequiredService<IOptions<DemoOptions>>(), NullLogger<DemoSeeder>.Instance);

        var error = await Assert.ThrowsAsync<DatabaseConfigurationException>(() => seeder.SeedIfEmptyAsync());
        Assert.Contains("Demo__OpenWeekStart", error.Message);
        Assert.Contains("AAAA-MM-JJ", error.Message);
        Assert.False(await db.Editions.AnyAsync(e => e.Year == 2026));
    }
}
