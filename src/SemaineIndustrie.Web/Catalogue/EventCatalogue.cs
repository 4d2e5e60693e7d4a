using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>The public catalogue: only labelled events, read without tracking and projected to what pages show.</summary>
public sealed class EventCatalogue(AppDbContext db, ReferenceLists lists)
{
    /// <summary>The edition visitors see by default: the open one, else the most recent.</summary>
    public Task<EditionSummary?> CurrentEditionAsync(CancellationToken ct = default) =>
        db.Editions.AsNoTracking()
            .OrderByDescending(e => e.Status == EditionStatus.Open).ThenByDescending(e => e.Year)
            .Select(EditionSummary.Projection)
            .FirstOrDefaultAsync(ct);

    public Task<EditionSummary?> EditionAsync(int year, CancellationToken ct = default) =>
        db.Editions.AsNoTracking().Where(e => e.Year == year).Select(EditionSummary.Projection).FirstOrDefaultAsync(ct);

    /// <summary>The editions that have labelled events on the platform, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsWithEventsAsync(CancellationToken ct = default) =>
        await db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Labelled)
            .Select(e => e.Edition!.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    public async Task<SearchResult> SearchAsync(EventFilter filter, CancellationToken ct = default)
    {
        var notices = new List<string>();
        var edition = filter.Edition is { } year ? await EditionAsync(year, ct) : null;
        if (filter.Edition is not null && edition is null)
            notices.Add($"L’édition {filter.Edition} n’existe pas : l’édition en cours est affichée.");
        edition ??= await CurrentEditionAsync(ct);
        if (edition is null) return new SearchResult(null, [], 0, 1, filter.PageSize, notices);

        var query = db.Events.AsNoTracking().Where(e => e.EditionId == edition.Id && e.Status == EventStatus.Labelled);
        query = await ApplyFiltersAsync(query, filter, notices);

        var total = await query.CountAsync(ct);
        var pageSize = Math.Clamp(filter.PageSize, 1, EventFilter.MaxPageSize);
        var lastPage = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(filter.Page, 1, lastPage);
        var items = await query
            .OrderByDescending(e => e.IsFeatured).ThenBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(EventCard.Projection)
            .ToListAsync(ct);
        return new SearchResult(edition, items, total, page, pageSize, notices);
    }

    private async Task<IQueryable<Event>> ApplyFiltersAsync(IQueryable<Event> query, EventFilter f, List<string> notices)
    {
        if (!string.IsNullOrEmpty(f.Department))
        {
            if (await lists.DepartmentAsync(f.Department) is not null) query = query.Where(e => e.DepartmentCode == f.Department);
            else notices.Add($"Le département « {f.Department} » n’existe pas : ce filtre est ignoré.");
        }
        if (!string.IsNullOrEmpty(f.Region))
        {
            if ((await lists.RegionsAsync()).Any(r => r.Code == f.Region)) query = query.Where(e => e.Department!.RegionCode == f.Region);
            else notices.Add($"La région « {f.Region} » n’existe pas : ce filtre est ignoré.");
        }
        if (!string.IsNullOrEmpty(f.Kind))
        {
            if ((await lists.KindsAsync()).Any(k => k.Code == f.Kind)) query = query.Where(e => e.KindCode == f.Kind);
            else notices.Add($"Le type d’événement « {f.Kind} » n’existe pas : ce filtre est ignoré.");
        }
        if (!string.IsNullOrEmpty(f.Sector))
        {
            if ((await lists.SectorsAsync()).Any(k => k.Code == f.Sector)) query = query.Where(e => e.Sectors.Any(s => s.Code == f.Sector));
            else notices.Add($"La filière « {f.Sector} » n’existe pas : ce filtre est ignoré.");
        }
        if (!string.IsNullOrEmpty(f.Audience))
        {
            if ((await lists.AudiencesAsync()).Any(k => k.Code == f.Audience)) query = query.Where(e => e.Audiences.Any(a => a.Code == f.Audience));
            else notices.Add($"Le public « {f.Audience} » n’existe pas : ce filtre est ignoré.");
        }
        if (f.From is { } from)
        {
            var fromUtc = FrenchTime.StartOfDayUtc(from);
            query = query.Where(e => e.EndsAtUtc >= fromUtc);
        }
        if (f.To is { } to)
        {
            var toUtc = FrenchTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.StartsAtUtc < toUtc);
        }
        if (f.FeaturedOnly) query = query.Where(e => e.IsFeatured);
        return query;
    }

    public async Task<EventDetails?> PublicEventAsync(int id, CancellationToken ct = default)
    {
        var details = await db.Events.AsNoTracking()
            .Where(e => e.Id == id && e.Status == EventStatus.Labelled)
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

public sealed record SearchResult(
    EditionSummary? Edition, IReadOnlyList<EventCard> Items, int Total, int Page, int PageSize, IReadOnlyList<string> Notices)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
