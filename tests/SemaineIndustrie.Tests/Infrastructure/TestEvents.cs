using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Data.Territories;
using SemaineIndustrie.Web.Catalogue;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>The pieces test catalogues are made of.</summary>
public static class TestEvents
{
    /// <summary>The open edition of the tests: the week of 23 to 29 November 2026, fifteen days either side.</summary>
    public static Edition Open2026() => new()
    {
        Year = 2026, Number = 15, WeekStart = new DateOnly(2026, 11, 23), WeekEnd = new DateOnly(2026, 11, 29),
        ToleranceDaysBefore = 15, ToleranceDaysAfter = 15, Status = EditionStatus.Open,
    };

    /// <summary>A labelled event placed at its commune, with one two-hour session starting at a Paris time, free entry.</summary>
    public static Event Labelled(Edition edition, Organisation organisation, string title, Commune commune, DateTime parisStart,
        string kind = "visite-entreprise")
    {
        var e = new Event
        {
            Edition = edition, Organisation = organisation, Title = title, Summary = "Une journée pour découvrir l’industrie.",
            KindCode = kind, CommuneCode = commune.InseeCode, DepartmentCode = commune.DepartmentCode, Status = EventStatus.Labelled,
            Latitude = commune.Latitude, Longitude = commune.Longitude,
        };
        var start = FrenchTime.ToUtc(parisStart, "Europe/Paris");
        e.Sessions.Add(new Session { StartsAtUtc = start, EndsAtUtc = start.AddHours(2), RegistrationMode = RegistrationMode.None });
        return e;
    }
}
