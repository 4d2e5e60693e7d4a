using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Catalogue;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Catalogue;

/// <summary>
/// A word that hundreds of events share: beyond <see cref="EventSearch.TextMatchesInSqlAtMost"/> matches, the page and
/// the counts keep the text's matches in memory instead of sending them to the database. What visitors see must not
/// change: every figure here follows from how the events were made.
/// </summary>
public class CommonWordSearchTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    /// <summary>Events named after the common word, half in the Lot and half in Haute-Garonne; 40 others in the Lot.</summary>
    private const int Matching = 260;

    private static readonly SeededApps Apps = new(SeedAsync);

    private static async Task SeedAsync(AppDbContext db)
    {
        var edition = TestEvents.Open2026();
        var organisation = new Organisation { Name = "Ateliers du Causse", Kind = OrganisationKind.Company, CommuneCode = "46042" };
        var pupils = await db.Audiences.SingleAsync(a => a.Code == "collegiens");
        var communes = await db.Communes.Where(c => c.InseeCode == "46042" || c.InseeCode == "31555").ToDictionaryAsync(c => c.InseeCode);
        for (var i = 0; i < Matching; i++)
        {
            var e = TestEvents.Labelled(edition, organisation, $"Tôlerie et soudure nº {i}", communes[i % 2 == 0 ? "46042" : "31555"],
                new DateTime(2026, 11, 23 + i % 5, 9, 0, 0), i % 3 == 0 ? "visite-entreprise" : "atelier");
            e.Summary = "Découvrir la chaudronnerie industrielle.";
            e.IsAccessibleReducedMobility = i % 4 == 0;
            e.IsFeatured = i % 10 == 0;
            if (i % 5 == 0) e.Audiences.Add(pupils);
            e.RefreshDates();
            db.Events.Add(e);
        }
        for (var i = 0; i < 40; i++)
        {
            var e = TestEvents.Labelled(edition, organisation, $"Portes ouvertes nº {i}", communes["46042"], new DateTime(2026, 11, 24, 9, 0, 0));
            e.RefreshDates();
            db.Events.Add(e);
        }
        await db.SaveChangesAsync();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheResultsAndTheirCountsAreThoseOfTheWordAndTheFilters(DatabaseProvider provider)
    {
        var app = await Apps.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<EventSearch>();
        var filter = new EventFilter { Q = "chaudronnerie", Department = "46", PageSize = 20, Page = 3 };

        var resolved = await search.ResolveAsync(filter);
        Assert.True(resolved!.TextRanks!.Count > EventSearch.TextMatchesInSqlAtMost);
        var result = await search.SearchAsync(filter);
        var facets = await search.FacetsAsync(resolved);

        // The Lot's matches are the even numbers: 130 of them, on seven pages of 20.
        Assert.Equal(Matching / 2, result.Total);
        Assert.Equal(3, result.Page);
        Assert.Equal(20, result.Items.Count);
        Assert.All(result.Items, i => Assert.Equal(0, int.Parse(i.Title.Split("nº ")[1]) % 2));
        var last = await search.SearchAsync(filter with { Page = 7 });
        Assert.Equal(10, last.Items.Count);

        // Each facet is counted without its own filter and with all the others, the word included.
        Assert.Equal(44, facets.Kinds["visite-entreprise"]); // multiples of 6 below 260
        Assert.Equal(86, facets.Kinds["atelier"]);
        Assert.Equal(Matching / 2, facets.Departments["46"]); // the 40 events without the word are not counted
        Assert.Equal(Matching / 2, facets.Departments["31"]);
        Assert.Equal(26, facets.Audiences["collegiens"]); // multiples of 10
        Assert.Equal(65, facets.Accessible); // multiples of 4
        Assert.Equal(26, facets.Featured);
        Assert.Empty(facets.Sectors);
    }
}
