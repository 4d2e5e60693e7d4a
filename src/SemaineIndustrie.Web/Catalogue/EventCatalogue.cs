using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>The public catalogue: only labelled events, read without tracking and projected to what pages show.</summary>
public sealed class EventCatalogue(AppDbContext db)
{
    /// <summary>The edition visitors see by default: the open one, else the most recent; never one still in preparation.</summary>
    public Task<EditionSummary?> CurrentEditionAsync(CancellationToken ct = default) =>
        db.Editions.AsNoTracking().Where(e => e.Status != EditionStatus.Preparing)
            .OrderByDescending(e => e.Status == EditionStatus.Open).ThenByDescending(e => e.Year)
            .Select(EditionSummary.Projection)
            .FirstOrDefaultAsync(ct);

    public Task<EditionSummary?> EditionAsync(int year, CancellationToken ct = default) =>
        db.Editions.AsNoTracking().Where(e => e.Year == year).Select(EditionSummary.Projection).FirstOrDefaultAsync(ct);

    /// <summary>The editions that have labelled events on the platform, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsWithEventsAsync(CancellationToken ct = default) =>
        await db.Editions.AsNoTracking()
            .Where(ed => db.Events.Any(e => e.EditionId == ed.Id && e.Status == EventStatus.Labelled))
            .OrderByDescending(ed => ed.Year).Select(ed => ed.Year).ToListAsync(ct);

    public async Task<EventDetails?> PublicEventAsync(int id, CancellationToken ct = default)
    {
        var details = await db.Events.AsNoTracking()
            .Where(e => e.Id == id && e.Status == EventStatus.Labelled)
            // One statement per list (sectors, audiences, themes, sessions): as one, SQLite cannot flatten the lists'
            // joins under a LEFT JOIN and reads every event's sectors and audiences to show one page.
            .AsSplitQuery()
            .Select(EventDetails.Projection)
            .FirstOrDefaultAsync(ct);
        return details;
    }

    public async Task<Counters> CountersAsync(int editionId, CancellationToken ct = default)
    {
        var labelled = db.Events.AsNoTracking().Where(e => e.EditionId == editionId && e.Status == EventStatus.Labelled);
        return new Counters(
            await labelled.CountAsync(ct),
            await labelled.Select(e => e.DepartmentCode).Distinct().CountAsync(ct),
            await labelled.Select(e => e.OrganisationId).Distinct().CountAsync(ct));
    }

    /// <summary>Labelled events per department for an edition, for the territory pages.</summary>
    public async Task<Dictionary<string, int>> CountsByDepartmentAsync(int editionId, CancellationToken ct = default) =>
        await db.Events.AsNoTracking()
            .Where(e => e.EditionId == editionId && e.Status == EventStatus.Labelled)
            .GroupBy(e => e.DepartmentCode)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
}

public sealed record Counters(int LabelledEvents, int Departments, int Organisations);
