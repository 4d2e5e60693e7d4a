using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Web.Catalogue;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>A small catalogue whose every figure the tests know: events in the Lot, the Gers and Haute-Garonne.</summary>
public static class KnownCatalogue
{
    public const string LotVisit = "Visite de la fonderie du Quercy";
    public const string LotJobDating = "Job dating de la mécanique à Figeac";
    public const string GersOpenDay = "Portes ouvertes des Ateliers d’Auch";
    public const string LotSubmitted = "Projet en attente de labellisation";
    public const string LotRefused = "Salon payant refusé";
    public const string Lot2021 = "Ouverture de la semaine 2021 au Montat";
    /// <summary>A summary that tries to leave the JSON-LD script element it is written into.</summary>
    public const string JobDatingSummary = "Recrutements </script><script>alert('ld')</script> & entretiens";
    public const int ToulouseWorkshops = 25;
    /// <summary>Labelled events of the 2026 edition.</summary>
    public const int Labelled2026 = 3 + ToulouseWorkshops;

    public static async Task SeedAsync(AppDbContext db)
    {
        var edition2021 = await db.Editions.SingleAsync(e => e.Year == 2021);
        var edition = new Edition
        {
            Year = 2026, Number = 15, WeekStart = new DateOnly(2026, 11, 23), WeekEnd = new DateOnly(2026, 11, 29),
            ToleranceDaysBefore = 15, ToleranceDaysAfter = 15, Theme = "« Avec l’industrie, fabrique ton avenir »",
            Status = EditionStatus.Open,
        };
        db.Editions.Add(edition);
        var foundry = new Organisation { Name = "Fonderie du Quercy", Kind = OrganisationKind.Company, CommuneCode = "46042", Siret = "73282932000074" };
        var auch = new Organisation { Name = "Ateliers d’Auch", Kind = OrganisationKind.Company, CommuneCode = "32013" };
        var toulouse = new Organisation { Name = "Campus des métiers de Toulouse", Kind = OrganisationKind.TrainingEstablishment, CommuneCode = "31555" };
        db.Organisations.AddRange(foundry, auch, toulouse);

        var metallurgy = await db.Sectors.SingleAsync(s => s.Code == "CSF_MINES_METALLURGIE");
        var pupils = await db.Audiences.SingleAsync(a => a.Code == "collegiens");
        var jobSeekers = await db.Audiences.SingleAsync(a => a.Code == "demandeurs-emploi");

        Add(db, edition, foundry, LotVisit, "visite-entreprise", "46042", "46", new DateTime(2026, 11, 24, 9, 0, 0), EventStatus.Labelled,
            e => { e.IsFeatured = true; e.Sectors.Add(metallurgy); e.Audiences.Add(pupils); e.Description = "Premier paragraphe.\n\n<script>alert('x')</script> Second paragraphe."; });
        Add(db, edition, foundry, LotJobDating, "job-dating", "46102", "46", new DateTime(2026, 11, 27, 14, 0, 0), EventStatus.Labelled,
            e => { e.Audiences.Add(jobSeekers); e.Summary = JobDatingSummary; });
        Add(db, edition, auch, GersOpenDay, "portes-ouvertes", "32013", "32", new DateTime(2026, 11, 25, 10, 0, 0), EventStatus.Labelled);
        Add(db, edition, foundry, LotSubmitted, "visite-entreprise", "46042", "46", new DateTime(2026, 11, 26, 9, 0, 0), EventStatus.Submitted);
        Add(db, edition, foundry, LotRefused, "forum", "46042", "46", new DateTime(2026, 11, 26, 9, 0, 0), EventStatus.Refused);
        Add(db, edition2021, foundry, Lot2021, "visite-entreprise", "46197", "46", new DateTime(2021, 11, 24, 9, 0, 0), EventStatus.Labelled);
        for (var i = 1; i <= ToulouseWorkshops; i++)
            Add(db, edition, toulouse, $"Atelier de découverte nº {i}", "atelier", "31555", "31", new DateTime(2026, 11, 28, 8 + i % 8, 0, 0), EventStatus.Labelled);
        await db.SaveChangesAsync();
    }

    private static void Add(AppDbContext db, Edition edition, Organisation organisation, string title, string kind,
        string commune, string department, DateTime localStart, EventStatus status, Action<Event>? more = null)
    {
        var e = new Event
        {
            Edition = edition, Organisation = organisation, Title = title, Summary = $"Résumé : {title}.",
            KindCode = kind, CommuneCode = commune, DepartmentCode = department, Status = status,
        };
        var start = FrenchTime.ToUtc(localStart, "Europe/Paris");
        e.Sessions.Add(new Session { StartsAtUtc = start, EndsAtUtc = start.AddHours(2), RegistrationMode = RegistrationMode.Platform, Capacity = 30 });
        more?.Invoke(e);
        e.RefreshDates();
        db.Events.Add(e);
    }
}
