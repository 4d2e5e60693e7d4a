using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Catalogue;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Catalogue;

/// <summary>Text and place search in French, on both databases' own indexes.</summary>
public class SearchTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private const string FactoryVisits = "Visites d’usines en Quercy";
    private const string Electronics = "Découverte de l’ÉLECTRONIQUE embarquée";
    private const string AircraftJobs = "Job dating : métiers de l’aéronautique";
    private const string Welding = "Atelier soudure pour les lycéens";
    private const string Lalbenque = "Portes ouvertes de la truffière industrielle";
    private const string Online = "Webinaire : l’industrie du futur";

    private static readonly SeededApps Apps = new(SeedAsync);

    private static async Task SeedAsync(AppDbContext db)
    {
        var edition = TestEvents.Open2026();
        var quercy = new Organisation { Name = "Conserverie du Causse", Kind = OrganisationKind.Company, CommuneCode = "46042" };
        var figeac = new Organisation { Name = "Ratier Hélices", Kind = OrganisationKind.Company, CommuneCode = "46102" };
        var pupils = await db.Audiences.SingleAsync(a => a.Code == "collegiens");
        var communes = await db.Communes.Where(c => new[] { "46042", "46102", "46148" }.Contains(c.InseeCode)).ToDictionaryAsync(c => c.InseeCode);

        Event Add(Organisation organisation, string title, string commune, int day, Action<Event>? more = null)
        {
            var e = TestEvents.Labelled(edition, organisation, title, communes[commune], new DateTime(2026, 11, day, 9, 0, 0));
            more?.Invoke(e);
            e.RefreshDates();
            db.Events.Add(e);
            return e;
        }

        Add(quercy, FactoryVisits, "46042", 26, e => e.Audiences.Add(pupils));
        Add(quercy, Electronics, "46042", 24);
        Add(figeac, AircraftJobs, "46102", 25, e => e.KindCode = "job-dating");
        Add(quercy, Welding, "46042", 23, e => e.Description = "Le matin, l’usine ; l’après-midi, l’arc électrique.");
        Add(quercy, Lalbenque, "46148", 27, e => e.Audiences.Add(pupils));
        Add(quercy, Online, "46042", 28, e => { e.Latitude = null; e.Longitude = null; e.OnlineUrl = "https://exemple.fr/webinaire"; });
        Add(quercy, "Visite d’usine refusée", "46042", 24, e => e.Status = EventStatus.Refused);
        await db.SaveChangesAsync();
    }

    private static async Task<SearchResult> SearchAsync(DatabaseProvider provider, EventFilter filter)
    {
        var app = await Apps.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventSearch>().SearchAsync(filter);
    }

    private static async Task<List<string>> TitlesAsync(DatabaseProvider provider, EventFilter filter) =>
        (await SearchAsync(provider, filter)).Items.Select(i => i.Title).ToList();

    [Theory, MemberData(nameof(Providers))]
    public async Task PluralsAndElisionsDoNotHideAMatch(DatabaseProvider provider)
    {
        var titles = await TitlesAsync(provider, new EventFilter { Q = "visite usine" });

        Assert.Equal([FactoryVisits], titles);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AccentsAndCaseAreIgnoredBothWays(DatabaseProvider provider)
    {
        Assert.Equal([Electronics], await TitlesAsync(provider, new EventFilter { Q = "electronique" }));
        Assert.Equal([AircraftJobs], await TitlesAsync(provider, new EventFilter { Q = "AÉRONAUTIQUE" }));
        Assert.Equal([AircraftJobs], await TitlesAsync(provider, new EventFilter { Q = "Metiers" }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ATitleMatchRanksAboveADescriptionMatch(DatabaseProvider provider)
    {
        var titles = await TitlesAsync(provider, new EventFilter { Q = "usine" });

        Assert.Equal([FactoryVisits, Welding], titles);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheCommuneAndTheOrganisationAreSearchedToo(DatabaseProvider provider)
    {
        Assert.Equal([AircraftJobs], await TitlesAsync(provider, new EventFilter { Q = "figeac" }));
        Assert.Equal([AircraftJobs], await TitlesAsync(provider, new EventFilter { Q = "ratier helices" }));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ARenamedEventIsFoundByItsNewTitle(DatabaseProvider provider)
    {
        var app = await Apps.GetAsync(provider);
        await app.WithDbAsync(async db =>
        {
            var welding = await db.Events.SingleAsync(e => e.Title == Welding || e.Title == "Atelier chaudronnerie pour les lycéens");
            welding.Title = "Atelier chaudronnerie pour les lycéens";
            await db.SaveChangesAsync();
        });
        try
        {
            Assert.Equal(["Atelier chaudronnerie pour les lycéens"], await TitlesAsync(provider, new EventFilter { Q = "chaudronnerie" }));
            Assert.Empty(await TitlesAsync(provider, new EventFilter { Q = "soudure" }));
        }
        finally
        {
            await app.WithDbAsync(async db =>
            {
                var welding = await db.Events.SingleAsync(e => e.Title == "Atelier chaudronnerie pour les lycéens");
                welding.Title = Welding;
                await db.SaveChangesAsync();
            });
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task QuotesAndOperatorsAreReadAsPlainWords(DatabaseProvider provider)
    {
        var result = await SearchAsync(provider, new EventFilter { Q = "\"visite\" (usine*) -: ^" });

        Assert.Equal([FactoryVisits], result.Items.Select(i => i.Title));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ARadiusAroundCahorsKeepsNearbyCommunesAndSortsByDistance(DatabaseProvider provider)
    {
        var around = await SearchAsync(provider, new EventFilter { Place = "Cahors", RadiusKm = 30, Sort = EventSort.Distance });
        var titles = around.Items.Select(i => i.Title).ToList();

        Assert.DoesNotContain(AircraftJobs, titles); // Figeac is about 50 km away
        Assert.DoesNotContain(Online, titles); // no point
        Assert.Equal(Lalbenque, titles[^1]); // Lalbenque, about 15 km, after the events in Cahors
        Assert.Equal(4, titles.Count); // three in Cahors, one in Lalbenque
        Assert.Equal("à moins de 30 km de Cahors (46000)", around.Search!.Place!.Describe());
        Assert.InRange(around.DistanceKm(around.Items[^1])!.Value, 10, 20);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ACommuneWithoutRadiusKeepsItsOwnEventsAndAPostalCodeFindsIt(DatabaseProvider provider)
    {
        var byCode = await TitlesAsync(provider, new EventFilter { Commune = "46102" });
        var byPostalCode = await TitlesAsync(provider, new EventFilter { Place = "46100" });
        var byPoint = await TitlesAsync(provider, new EventFilter { Near = new GeoPoint(44.6086, 2.0317), RadiusKm = 5 });

        Assert.Equal([AircraftJobs], byCode);
        Assert.Equal([AircraftJobs], byPostalCode);
        Assert.Equal([AircraftJobs], byPoint);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FacetsCountWhatEachChoiceWouldGive(DatabaseProvider provider)
    {
        var app = await Apps.GetAsync(provider);
        await using var scope = app.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<EventSearch>();
        var resolved = await search.ResolveAsync(new EventFilter { Kind = "job-dating" });

        var facets = await search.FacetsAsync(resolved!);

        Assert.Equal(5, facets.Kinds["visite-entreprise"]); // counted without the kind filter itself
        Assert.Equal(1, facets.Kinds["job-dating"]);
        Assert.False(facets.Audiences.ContainsKey("collegiens")); // the job dating has no audience
        Assert.Equal(1, facets.Departments["46"]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnEmptyResultSuggestsHowToWidenIt(DatabaseProvider provider)
    {
        var client = (await Apps.GetAsync(provider)).CreateClient();
        var page = await client.GetDocumentAsync("/evenements?q=soudure&place=Figeac&audience=collegiens");

        Assert.Contains("Aucun événement labellisé", page.QuerySelector("#nombre-resultats")!.TextContent);
        var suggestions = page.QuerySelectorAll("#elargir a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Chercher à moins de 30 km de Figeac (46100)", suggestions);
        Assert.Contains("Retirer les mots-clés « soudure »", suggestions);
        Assert.Contains("Tous les publics", suggestions);
        var widened = page.QuerySelectorAll("#elargir a").First(a => a.TextContent.Contains("Tous les publics")).GetAttribute("href")!;
        Assert.DoesNotContain("audience", widened);
        Assert.Contains("q=soudure", widened);
    }

    [Fact]
    public void SearchTextFoldsStemsAndDropsStopWords()
    {
        var text = SearchText.Parse("Visites d’usines et Œuvres de l'ÉLECTRONIQUE");

        Assert.Equal(["visit", "usin", "oeuvr", "electroniqu"], text.Terms);
        Assert.Equal("\"visit\"* AND \"usin\"* AND \"oeuvr\"* AND \"electroniqu\"*", text.ToFts5());
        Assert.Equal("visit:* & usin:* & oeuvr:* & electroniqu:*", text.ToTsQuery());
        Assert.True(SearchText.Parse("\" * ( ) - : ").IsEmpty);
    }
}
