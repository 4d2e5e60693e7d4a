using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure.Caching;

namespace SemaineIndustrie.Web.Statistics;

/// <summary>
/// The figures of an edition in a territory, each one a GROUP BY or a SUM in the database (never the events loaded one
/// by one), kept in memory under the catalogue's version: any saved change to events, sessions or attendance evicts
/// them (ADR 0011).
/// </summary>
public sealed class StatisticsService(AppDbContext db, IMemoryCache cache, CatalogueVersion version, TimeProvider clock)
{
    /// <summary>Weeks before the week shown one by one; earlier submissions are added up in one bar.</summary>
    public const int WeeksShown = 12;

    public async Task<EditionFigures> ForAsync(int editionId, Territory territory, CancellationToken ct = default)
    {
        var key = $"statistics:{version.ETag}:{editionId}:{territory.RegionCode}:{territory.DepartmentCode}";
        return (await cache.GetOrCreateAsync(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return ComputeAsync(editionId, territory, ct);
        }))!;
    }

    private IQueryable<Event> In(Territory territory)
    {
        var events = db.Events.AsNoTracking();
        if (territory.DepartmentCode is { } d) return events.Where(e => e.DepartmentCode == d);
        if (territory.RegionCode is { } r) return events.Where(e => e.Department!.RegionCode == r);
        return events;
    }

    private async Task<EditionFigures> ComputeAsync(int editionId, Territory territory, CancellationToken ct)
    {
        var edition = await db.Editions.AsNoTracking().Where(e => e.Id == editionId)
            .Select(e => new { e.Year, e.WeekStart }).SingleAsync(ct);
        var all = In(territory).Where(e => e.EditionId == editionId);
        var labelled = all.Where(e => e.Status == EventStatus.Labelled);

        var states = (await all.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);
        var stateCounts = Enum.GetValues<EventStatus>()
            .Select(s => new Count(s.ToString(), Capitalised(StatusLabels.Of(s)), states.GetValueOrDefault(s))).ToList();

        var kinds = await Labelled(labelled.GroupBy(e => e.KindCode).Select(g => new Grouped(g.Key, g.Count())), db.EventKinds, ct);
        var sectors = await Labelled(labelled.SelectMany(e => e.Sectors).GroupBy(s => s.Code).Select(g => new Grouped(g.Key, g.Count())), db.Sectors, ct);
        var audiences = await Labelled(labelled.SelectMany(e => e.Audiences).GroupBy(a => a.Code).Select(g => new Grouped(g.Key, g.Count())), db.Audiences, ct);
        var themes = await Labelled(labelled.SelectMany(e => e.Themes).GroupBy(t => t.Code).Select(g => new Grouped(g.Key, g.Count())), db.Themes, ct);
        var departments = await DepartmentsAsync(labelled, territory, ct);

        var attendance = await Labelled(db.Attendances.Where(a => labelled.Any(e => e.Id == a.EventId))
            .GroupBy(a => a.AudienceCode).Select(g => new Grouped(g.Key, g.Sum(a => a.People))), db.Audiences, ct);

        return new EditionFigures(edition.Year, territory, states.GetValueOrDefault(EventStatus.Labelled), stateCounts,
            kinds, sectors, audiences, themes, departments, await RegistrationsAsync(labelled, ct), attendance,
            await SubmissionsAsync(all, edition.WeekStart, ct), await DelaysAsync(all, ct), await YearsAsync(territory, ct));
    }

    private sealed record Grouped(string Code, int Value);

    /// <summary>The grouped counts with the reference list's labels, largest first.</summary>
    private static async Task<IReadOnlyList<Count>> Labelled<T>(IQueryable<Grouped> grouped, IQueryable<T> list, CancellationToken ct)
        where T : Data.ReferenceLists.ReferenceItem
    {
        var counts = await grouped.ToListAsync(ct);
        var codes = counts.Select(c => c.Code).ToList();
        var labels = await list.AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Label, ct);
        return counts.Select(c => new Count(c.Code, labels.GetValueOrDefault(c.Code, c.Code), c.Value))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Label, StringComparer.Create(FrenchTime.Culture, true)).ToList();
    }

    /// <summary>Every department of the territory, with none where nothing is labelled: the map colours them all.</summary>
    private async Task<IReadOnlyList<Count>> DepartmentsAsync(IQueryable<Event> labelled, Territory territory, CancellationToken ct)
    {
        var counts = await labelled.GroupBy(e => e.DepartmentCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var departments = db.Departments.AsNoTracking();
        if (territory.DepartmentCode is { } d) departments = departments.Where(x => x.Code == d);
        else if (territory.RegionCode is { } r) departments = departments.Where(x => x.RegionCode == r);
        return (await departments.OrderBy(x => x.Code).Select(x => new { x.Code, x.Name }).ToListAsync(ct))
            .Select(x => new Count(x.Code, $"{x.Name} ({x.Code})", counts.GetValueOrDefault(x.Code))).ToList();
    }

    private async Task<RegistrationFigures> RegistrationsAsync(IQueryable<Event> labelled, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.RegistrationMode == RegistrationMode.Platform && labelled.Any(e => e.Id == s.EventId))
            .GroupBy(s => 1)
            .Select(g => new { Count = g.Count(), Offered = g.Sum(s => s.Capacity ?? 0), Taken = g.Sum(s => s.PlacesTaken) })
            .SingleOrDefaultAsync(ct);
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => labelled.Any(e => e.Id == r.Session!.EventId))
            .GroupBy(r => new { r.Status, r.Kind })
            .Select(g => new { g.Key.Status, g.Key.Kind, Count = g.Count(), Places = g.Sum(r => r.Places), Pupils = g.Sum(r => r.Pupils) })
            .ToListAsync(ct);
        var confirmed = registrations.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();
        var waiting = registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).ToList();
        return new RegistrationFigures(sessions?.Count ?? 0, sessions?.Offered ?? 0, sessions?.Taken ?? 0,
            confirmed.Sum(r => r.Count), confirmed.Sum(r => r.Places),
            confirmed.Where(r => r.Kind == RegistrationKind.Group).Sum(r => r.Count), confirmed.Sum(r => r.Pupils),
            waiting.Sum(r => r.Count), waiting.Sum(r => r.Places),
            registrations.Where(r => r.Status == RegistrationStatus.Cancelled).Sum(r => r.Count));
    }

    /// <summary>First submissions per day, put into the weeks before the edition's week (« 3 semaines avant »).</summary>
    private async Task<IReadOnlyList<Count>> SubmissionsAsync(IQueryable<Event> events, DateOnly? weekStart, CancellationToken ct)
    {
        var days = await db.Decisions.AsNoTracking()
            .Where(d => d.Kind == DecisionKind.Submitted && events.Any(e => e.Id == d.EventId))
            .GroupBy(d => d.AtUtc.Date).Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (weekStart is not { } start) return [];
        var buckets = new int[WeeksShown + 2]; // [0]: earlier, [1..12]: 12 to 1 weeks before, [13]: during or after
        foreach (var day in days)
        {
            var daysBefore = start.DayNumber - DateOnly.FromDateTime(day.Day).DayNumber;
            var weeksBefore = (daysBefore + 6) / 7; // 1 to 7 days before: the week before
            var index = daysBefore <= 0 ? WeeksShown + 1 : weeksBefore > WeeksShown ? 0 : WeeksShown + 1 - weeksBefore;
            buckets[index] += day.Count;
        }
        return buckets.Select((count, i) => i switch
        {
            0 => new Count("avant", $"Plus de {WeeksShown} semaines avant", count),
            WeeksShown + 1 => new Count("pendant", "Pendant ou après la semaine", count),
            _ => new Count($"S-{WeeksShown + 1 - i}", WeeksShown + 1 - i == 1 ? "1 semaine avant" : $"{WeeksShown + 1 - i} semaines avant", count),
        }).ToList();
    }

    /// <summary>
    /// Labelled events grouped by (submission day, label day, due day): a few hundred rows at most, from which the
    /// median is read. Days are UTC days, the due day a Paris day: an answer given after 23:00 in winter may count one day off.
    /// </summary>
    private async Task<DelayFigures> DelaysAsync(IQueryable<Event> events, CancellationToken ct)
    {
        var groups = await events
            .Where(e => e.Status == EventStatus.Labelled && e.SubmittedAtUtc != null && e.LabelledAtUtc != null)
            .GroupBy(e => new { Submitted = e.SubmittedAtUtc!.Value.Date, Labelled = e.LabelledAtUtc!.Value.Date, e.ReviewDueOn })
            .Select(g => new { g.Key.Submitted, g.Key.Labelled, g.Key.ReviewDueOn, Count = g.Count() })
            .ToListAsync(ct);
        var delays = groups.Select(g => (Days: (g.Labelled - g.Submitted).Days, g.Count)).OrderBy(d => d.Days).ToList();
        var late = groups.Where(g => g.ReviewDueOn is { } due && DateOnly.FromDateTime(g.Labelled) > due).Sum(g => g.Count);
        var measured = delays.Sum(d => d.Count);
        var today = DateOnly.FromDateTime(FrenchTime.ToLocal(clock.GetUtcNow().UtcDateTime, "Europe/Paris"));
        var pendingLate = await events.CountAsync(e => e.Status == EventStatus.Submitted && e.ReviewDueOn < today, ct);
        return new DelayFigures(measured, Median(delays, measured), measured - late, late, pendingLate);
    }

    private static double? Median(IReadOnlyList<(int Days, int Count)> sorted, int total)
    {
        if (total == 0) return null;
        int At(int rank) // the value of the rank-th smallest delay, from 0
        {
            foreach (var (days, count) in sorted)
            {
                if (rank < count) return days;
                rank -= count;
            }
            throw new InvalidOperationException("rank beyond the histogram");
        }
        return total % 2 == 1 ? At(total / 2) : (At(total / 2 - 1) + At(total / 2)) / 2.0;
    }

    /// <summary>Every edition: its published national figures and what the platform counted in the territory.</summary>
    private async Task<IReadOnlyList<YearFigures>> YearsAsync(Territory territory, CancellationToken ct)
    {
        var editions = await db.Editions.AsNoTracking().OrderBy(e => e.Year)
            .Select(e => new { e.Year, e.Published.EventsCount, e.Published.ParticipantsCount }).ToListAsync(ct);
        var labelled = In(territory).Where(e => e.Status == EventStatus.Labelled);
        var events = await labelled.GroupBy(e => e.Edition!.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var attendance = await db.Attendances.AsNoTracking().Where(a => labelled.Any(e => e.Id == a.EventId))
            .GroupBy(a => a.Event!.Edition!.Year).Select(g => new { g.Key, People = g.Sum(a => a.People) })
            .ToDictionaryAsync(g => g.Key, g => g.People, ct);
        return editions.Select(e => new YearFigures(e.Year,
            territory.IsNational ? e.EventsCount : null, territory.IsNational ? e.ParticipantsCount : null,
            events.TryGetValue(e.Year, out var n) ? n : null, attendance.TryGetValue(e.Year, out var p) ? p : null)).ToList();
    }

    private static string Capitalised(string s) => s.Length == 0 ? s : char.ToUpper(s[0], FrenchTime.Culture) + s[1..];
}
