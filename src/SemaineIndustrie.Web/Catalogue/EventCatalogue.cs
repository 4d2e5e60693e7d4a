using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Infrastructure.Caching;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>The public catalogue: only labelled events, read without tracking and projected to what pages show.</summary>
public sealed class EventCatalogue(AppDbContext db, IMemoryCache cache, CatalogueVersion version)
{
    /// <summary>
    /// The edition visitors see by default: the open one, else the most recent; never one still in preparation. Every
    /// public page asks for it; it is kept until the catalogue changes (an edition's change is one).
    /// </summary>
    public Task<EditionSummary?> CurrentEditionAsync(CancellationToken ct = default) => Kept("current", ct, db =>
        db.Editions.AsNoTracking().Where(e => e.Status != EditionStatus.Preparing)
            .OrderByDescending(e => e.Status == EditionStatus.Open).ThenByDescending(e => e.Year)
            .Select(EditionSummary.Projection)
            .FirstOrDefaultAsync(ct));

    public Task<EditionSummary?> EditionAsync(int year, CancellationToken ct = default) => Kept(year, ct, db =>
        db.Editions.AsNoTracking().Where(e => e.Year == year).Select(EditionSummary.Projection).FirstOrDefaultAsync(ct));

    /// <summary>What every public page asks for, read once per version of the catalogue; a missing edition is asked again.</summary>
    private async Task<T?> Kept<T>(object which, CancellationToken ct, Func<AppDbContext, Task<T?>> read) where T : class
    {
        var key = ("catalogue", version.Value, which);
        if (cache.TryGetValue(key, out T? kept)) return kept;
        var value = await read(db);
        if (value is not null) cache.Set(key, value, TimeSpan.FromMinutes(10));
        return value;
    }

    /// <summary>The editions that have labelled events on the platform, newest first; every list page offers them.</summary>
    public async Task<IReadOnlyList<int>> YearsWithEventsAsync(CancellationToken ct = default) =>
        (await Kept<IReadOnlyList<int>>("years", ct, async db => await db.Editions.AsNoTracking()
            .Where(ed => db.Events.Any(e => e.EditionId == ed.Id && e.Status == EventStatus.Labelled))
            .OrderByDescending(ed => ed.Year).Select(ed => ed.Year).ToListAsync(ct)))!;

    /// <summary>An event's page: the event with its references, then its lists and sessions (three statements).</summary>
    public Task<EventDetails?> PublicEventAsync(int id, CancellationToken ct = default) =>
        OneConnection.ReadAsync(db, () => ReadEventAsync(id, ct), ct);

    private async Task<EventDetails?> ReadEventAsync(int id, CancellationToken ct)
    {
        if (await DetailsOf.For(db)(db, id, ct) is not { } details) return null;
        var lists = await EventLists.ReadAsync(db, [id], withSessions: true, ct);
        return details with
        {
            Sectors = lists.Sectors(id).Labels(),
            Audiences = lists.Audiences(id).Labels(),
            Themes = lists.Themes(id).Labels(),
            Sessions = lists.Sessions(id),
        };
    }

    private static readonly CompiledQuery<Func<AppDbContext, int, CancellationToken, Task<EventDetails?>>> DetailsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int id, CancellationToken ct) => db.Events.AsNoTracking()
            .Where(e => e.Id == id && e.Status == EventStatus.Labelled).Select(EventDetails.WithoutLists).FirstOrDefault()));

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
