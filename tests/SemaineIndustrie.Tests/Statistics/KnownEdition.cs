using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Data.Registrations;
using Microsoft.EntityFrameworkCore;

namespace SemaineIndustrie.Tests.Statistics;

/// <summary>
/// A small edition (2010, week from Monday 22 November) whose every figure is known: three labelled events (two in the
/// Lot, one in the Gers), one waiting past its due date and one refused, both in the Lot.
/// </summary>
public static class KnownEdition
{
    public const int Year = 2010;

    public static async Task SeedAsync(AppDbContext db)
    {
        var edition = new Edition { Year = Year, WeekStart = new DateOnly(2010, 11, 22), WeekEnd = new DateOnly(2010, 11, 28), Status = EditionStatus.Archived, Theme = "Thème d’essai" };
        var organisation = new Organisation { Name = "Forges d’essai", Kind = OrganisationKind.Company, CommuneCode = "46042" };
        db.AddRange(edition, organisation);
        var pupils = await db.Audiences.SingleAsync(a => a.Code == "collegiens");
        var jobSeekers = await db.Audiences.SingleAsync(a => a.Code == "demandeurs-emploi");

        var visit = Add(db, edition, organisation, "Visite A", "visite-entreprise", "46042", "46", EventStatus.Labelled, new(2010, 10, 1), new(2010, 10, 3), new(2010, 10, 7));
        visit.Audiences.Add(pupils);
        var session = new Session { StartsAtUtc = new DateTime(2010, 11, 23, 8, 0, 0, DateTimeKind.Utc), EndsAtUtc = new DateTime(2010, 11, 23, 10, 0, 0, DateTimeKind.Utc), RegistrationMode = RegistrationMode.Platform, Capacity = 30, PlacesTaken = 12 };
        visit.Sessions.Add(session);
        visit.RefreshDates();
        db.Registrations.AddRange(
            new Registration { Session = session, Kind = RegistrationKind.Individual, Status = RegistrationStatus.Confirmed, Places = 2, Adults = 0, ArrivalNumber = 1 },
            new Registration { Session = session, Kind = RegistrationKind.Group, Status = RegistrationStatus.Confirmed, Places = 10, Pupils = 9, Adults = 1, ArrivalNumber = 2 },
            new Registration { Session = session, Kind = RegistrationKind.Individual, Status = RegistrationStatus.Waitlisted, Places = 3, ArrivalNumber = 3 },
            new Registration { Session = session, Kind = RegistrationKind.Individual, Status = RegistrationStatus.Cancelled, Places = 1, ArrivalNumber = 4 });
        var jobDating = Add(db, edition, organisation, "Job dating B", "job-dating", "46042", "46", EventStatus.Labelled, new(2010, 10, 10), new(2010, 10, 20), new(2010, 10, 14));
        jobDating.Audiences.Add(jobSeekers);
        Add(db, edition, organisation, "Visite C", "visite-entreprise", "32013", "32", EventStatus.Labelled, new(2010, 11, 1), new(2010, 11, 5), new(2010, 11, 5));
        Add(db, edition, organisation, "En attente D", "forum", "46042", "46", EventStatus.Submitted, new(2010, 11, 10), null, new(2010, 11, 16));
        Add(db, edition, organisation, "Refusé E", "forum", "46042", "46", EventStatus.Refused, new(2010, 11, 15), null, new(2010, 11, 19));
        db.Attendances.AddRange(
            new Attendance { Event = visit, AudienceCode = "collegiens", People = 25 },
            new Attendance { Event = jobDating, AudienceCode = "demandeurs-emploi", People = 7 });
        await db.SaveChangesAsync();
    }

    private static Event Add(AppDbContext db, Edition edition, Organisation organisation, string title, string kind, string commune, string department,
        EventStatus status, DateOnly submitted, DateOnly? labelled, DateOnly due)
    {
        var e = new Event
        {
            Edition = edition, Organisation = organisation, Title = title, Summary = "Résumé.", KindCode = kind,
            CommuneCode = commune, DepartmentCode = department, Status = status, ReviewDueOn = due,
            SubmittedAtUtc = submitted.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            LabelledAtUtc = labelled?.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc),
        };
        e.Decisions.Add(new Decision { AtUtc = e.SubmittedAtUtc.Value, ActorName = "Organisatrice", Kind = DecisionKind.Submitted });
        db.Events.Add(e);
        return e;
    }
}
