using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Catalogue;

namespace SemaineIndustrie.Web.Demo;

/// <summary>How people register for an event's sessions, decided once for the whole event.</summary>
internal sealed record RegistrationPlan(RegistrationMode Mode, int? Capacity, string? ExternalUrl);

/// <summary>
/// Dates an event's sessions the way organisers do: class visits on school days, morning or
/// afternoon; open days and exhibitions also on Saturday; talks in the evening. Times are local
/// to the department and stored in UTC.
/// </summary>
internal static class SessionPlanner
{
    private static readonly (TimeOnly Start, TimeOnly End)[] Mornings =
        [(new(9, 0), new(11, 30)), (new(9, 30), new(12, 0)), (new(10, 0), new(12, 0)), (new(8, 30), new(11, 0))];
    private static readonly (TimeOnly Start, TimeOnly End)[] Afternoons =
        [(new(14, 0), new(16, 30)), (new(13, 30), new(16, 0)), (new(14, 0), new(17, 0))];
    private static readonly (TimeOnly Start, TimeOnly End)[] FullDays =
        [(new(9, 0), new(17, 0)), (new(10, 0), new(18, 0)), (new(9, 0), new(12, 30))];
    private static readonly (TimeOnly Start, TimeOnly End)[] Evenings =
        [(new(18, 0), new(20, 0)), (new(18, 30), new(20, 30))];

    public static List<Session> Plan(EditionPlan edition, string kind, bool forSchools, string timeZoneId, RegistrationPlan registration, Random rng)
    {
        var count = rng.PickWeighted([(1, 55), (2, 30), (3, 15)]);
        var weekendAllowed = !forSchools && kind is "portes-ouvertes" or "exposition" or "forum" or "demonstration" or "atelier";
        var days = CandidateDays(edition, weekendAllowed, rng);
        var slots = new List<(DateOnly Day, TimeOnly Start, TimeOnly End)>();
        for (var attempt = 0; slots.Count < count && attempt < 12; attempt++)
        {
            // Further sessions are usually the same event again on another day or in the afternoon.
            var day = slots.Count > 0 && rng.Chance(0.4) ? slots[0].Day : rng.Pick(days);
            var (start, end) = rng.Pick(SlotsFor(kind, day.DayOfWeek, rng));
            if (slots.Any(s => s.Day == day && s.Start < end && start < s.End)) continue;
            slots.Add((day, start, end));
        }
        return slots.OrderBy(s => s.Day).ThenBy(s => s.Start)
            .Select(s => Session(s.Day, s.Start, s.End, timeZoneId, registration))
            .ToList();
    }

    public static Session Session(DateOnly day, TimeOnly start, TimeOnly end, string timeZoneId, RegistrationPlan registration) => new()
    {
        StartsAtUtc = FrenchTime.ToUtc(day.ToDateTime(start), timeZoneId),
        EndsAtUtc = FrenchTime.ToUtc(day.ToDateTime(end), timeZoneId),
        RegistrationMode = registration.Mode,
        Capacity = registration.Capacity,
        PlacesTaken = 0,
        ExternalRegistrationUrl = registration.ExternalUrl,
    };

    /// <summary>The days an event may use: the week's, or now and then the days of the tolerance window around it.</summary>
    private static List<DateOnly> CandidateDays(EditionPlan edition, bool weekendAllowed, Random rng)
    {
        var inWindow = (edition.ToleranceDaysBefore > 0 || edition.ToleranceDaysAfter > 0) && rng.Chance(0.05);
        var (from, to) = inWindow && rng.Chance(0.5) && edition.ToleranceDaysBefore > 0
            ? (edition.WeekStart.AddDays(-edition.ToleranceDaysBefore), edition.WeekStart.AddDays(-1))
            : inWindow && edition.ToleranceDaysAfter > 0
                ? (edition.WeekEnd.AddDays(1), edition.WeekEnd.AddDays(edition.ToleranceDaysAfter))
                : (edition.WeekStart, edition.WeekEnd);
        var days = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek == DayOfWeek.Sunday) continue;
            if (d.DayOfWeek == DayOfWeek.Saturday && !weekendAllowed) continue;
            days.Add(d);
        }
        return days.Count > 0 ? days : [edition.WeekStart];
    }

    private static (TimeOnly, TimeOnly)[] SlotsFor(string kind, DayOfWeek day, Random rng) => kind switch
    {
        "conference" => rng.Chance(0.6) ? Evenings : Afternoons,
        "portes-ouvertes" or "forum" or "exposition" => rng.Chance(0.6) || day == DayOfWeek.Saturday ? FullDays : Afternoons,
        _ => rng.Chance(0.55) ? Mornings : Afternoons,
    };
}
