using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Catalogue;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Api;

/// <summary>
/// The catalogue the API tests read, one running application per provider: events placed at their commune, sessions
/// with capacities and places taken, labelling dates, a title that is a spreadsheet formula, an online event without a
/// position, an event in Guadeloupe, and more labelled events in Haute-Garonne than a feed holds.
/// </summary>
public static class ApiCatalogue
{
    public const string FactoryVisit = "Visites d’usines en Quercy";
    public const string JobDating = "Job dating de la mécanique à Figeac";
    public const string Lalbenque = "Portes ouvertes de la truffière industrielle";
    public const string Formula = "=HYPERLINK(\"http://exemple.invalid\";\"Cliquez\")";
    public const string Online = "Webinaire : l’industrie du futur";
    public const string Auch = "Atelier soudure, « chaudronnerie » ; et \"tôlerie\"";
    public const string Guadeloupe = "Visite du port de Basse-Terre";
    public const string Submitted = "Visite d’usine en attente de labellisation";
    public const int ToulouseWorkshops = 55;
    /// <summary>Labelled events of the Lot: the factory visit, the job dating, Lalbenque, the formula and the webinar.</summary>
    public const int LotLabelled = 5;

    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private static readonly SeededApps Apps = new(SeedAsync, Settings(permitsPerMinute: 100_000));

    public static Task<TestApp> GetAsync(DatabaseProvider provider) => Apps.GetAsync(provider);

    /// <summary>A fresh application of its own, for tests that change data or settings.</summary>
    public static Task<TestApp> StartAsync(DatabaseProvider provider, int permitsPerMinute = 100_000) =>
        SeededApps.StartAsync(provider, SeedAsync, Settings(permitsPerMinute));

    private static Dictionary<string, string?> Settings(int permitsPerMinute) =>
        new() { ["RateLimits:Api:PermitsPerMinute"] = permitsPerMinute.ToString() };

    private static async Task SeedAsync(AppDbContext db)
    {
        var edition = TestEvents.Open2026();
        var quercy = new Organisation { Name = "Conserverie du Causse", Kind = OrganisationKind.Company, CommuneCode = "46042" };
        var campus = new Organisation { Name = "Campus des métiers de Toulouse", Kind = OrganisationKind.TrainingEstablishment, CommuneCode = "31555" };
        var pupils = await db.Audiences.SingleAsync(a => a.Code == "collegiens");
        var metallurgy = await db.Sectors.SingleAsync(s => s.Code == "CSF_MINES_METALLURGIE");
        var communes = await db.Communes.Where(c => new[] { "46042", "46102", "46148", "32013", "31555", "97105" }.Contains(c.InseeCode))
            .ToDictionaryAsync(c => c.InseeCode);
        var labelled = new DateTime(2026, 10, 20, 12, 0, 0, DateTimeKind.Utc);

        Event Add(Organisation organisation, string title, string commune, int day, string kind = "visite-entreprise", Action<Event>? more = null)
        {
            var e = TestEvents.Labelled(edition, organisation, title, communes[commune], new DateTime(2026, 11, day, 9, 0, 0), kind);
            e.Summary = $"Résumé de « {title} ».";
            e.LabelledAtUtc = labelled = labelled.AddHours(1);
            var session = e.Sessions[0];
            (session.RegistrationMode, session.Capacity, session.PlacesTaken) = (RegistrationMode.Platform, 30, 12);
            more?.Invoke(e);
            e.RefreshDates();
            db.Events.Add(e);
            return e;
        }

        Add(quercy, FactoryVisit, "46042", 24, more: e =>
        {
            e.Audiences.Add(pupils);
            e.Sectors.Add(metallurgy);
            e.IsFeatured = true;
            var second = FrenchTime.ToUtc(new DateTime(2026, 11, 26, 14, 0, 0), "Europe/Paris");
            e.Sessions.Add(new Session { StartsAtUtc = second, EndsAtUtc = second.AddHours(2), RegistrationMode = RegistrationMode.None });
        });
        Add(quercy, JobDating, "46102", 25, "job-dating");
        Add(quercy, Lalbenque, "46148", 27, "portes-ouvertes", e => e.Audiences.Add(pupils));
        Add(quercy, Formula, "46042", 26, more: e => e.Summary = "-1 place ; +2 \"invités\"\nsur deux lignes");
        Add(quercy, Online, "46042", 28, "conference", e => { e.Latitude = null; e.Longitude = null; e.OnlineUrl = "https://exemple.fr/webinaire"; });
        Add(quercy, Auch, "32013", 23, "atelier");
        Add(quercy, Guadeloupe, "97105", 24);
        Add(quercy, Submitted, "46042", 24, more: e => { e.Status = EventStatus.Submitted; e.LabelledAtUtc = null; });
        for (var i = 1; i <= ToulouseWorkshops; i++)
            Add(campus, $"Atelier de découverte nº {i}", "31555", 23 + i % 5, "atelier");
        await db.SaveChangesAsync();
    }
}
