using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>
/// The lists of a few events (sectors, audiences, themes, sessions), read for all of them at once, beside the statement
/// that reads the events themselves: two statements whatever the number of events.
/// </summary>
/// <remarks>
/// A split query would repeat the events' statement and its joins (kind, organisation, commune, department, region)
/// under each list, and SQLite spent a third of an uncached event page planning those joins again; here each list reads
/// its join table and its reference table only. The statements are compiled once (<see cref="EF.CompileAsyncQuery"/>):
/// walking a query's expression to find its parameters and its cached plan cost an uncached page a fifth of its time
/// (bench/results/FINDINGS.md).
/// </remarks>
public sealed class EventLists
{
    private const int SectorList = 0, AudienceList = 1, ThemeList = 2;

    private readonly ILookup<(int EventId, int List), Choice> labels;
    private readonly ILookup<int, SessionView> sessions;

    private EventLists(ILookup<(int, int), Choice> labels, ILookup<int, SessionView> sessions) =>
        (this.labels, this.sessions) = (labels, sessions);

    /// <summary>Sectors in alphabetical order, as the filters list them.</summary>
    public IReadOnlyList<Choice> Sectors(int eventId) => [.. labels[(eventId, SectorList)]];

    /// <summary>Audiences in their published order (pupils first, the public last).</summary>
    public IReadOnlyList<Choice> Audiences(int eventId) => [.. labels[(eventId, AudienceList)]];

    public IReadOnlyList<Choice> Themes(int eventId) => [.. labels[(eventId, ThemeList)]];

    /// <summary>Sessions in time order, with their places taken at the time of the request; empty unless asked for.</summary>
    public IReadOnlyList<SessionView> Sessions(int eventId) => [.. sessions[eventId]];

    public static async Task<EventLists> ReadAsync(AppDbContext db, int[] eventIds, bool withSessions, CancellationToken ct = default)
    {
        var rows = await LabelsOf.For(db)(db, eventIds).ToListAsync(ct);
        var sessionRows = withSessions ? await SessionsOf.For(db)(db, eventIds).ToListAsync(ct) : [];
        return new EventLists(
            rows.ToLookup(r => (r.EventId, r.List), r => new Choice(r.Code, r.Label)),
            sessionRows.ToLookup(s => s.EventId, s => s.View));
    }

    /// <summary>Sectors are ordered by label (their sort order read as 0), audiences and themes by their sort order.</summary>
    private static readonly CompiledQuery<Func<AppDbContext, int[], IAsyncEnumerable<ListRow>>> LabelsOf = new(() => EF.CompileAsyncQuery<AppDbContext, int[], ListRow>(
        (AppDbContext db, int[] ids) =>
            (from link in db.Set<Dictionary<string, object>>("EventSectors")
             join item in db.Sectors on EF.Property<string>(link, "SectorsCode") equals item.Code
             where ids.Contains(EF.Property<int>(link, "EventId"))
             select new ListRow { EventId = EF.Property<int>(link, "EventId"), List = SectorList, Code = item.Code, Label = item.Label, SortOrder = 0 })
            .Concat(
             from link in db.Set<Dictionary<string, object>>("EventAudiences")
             join item in db.Audiences on EF.Property<string>(link, "AudiencesCode") equals item.Code
             where ids.Contains(EF.Property<int>(link, "EventId"))
             select new ListRow { EventId = EF.Property<int>(link, "EventId"), List = AudienceList, Code = item.Code, Label = item.Label, SortOrder = item.SortOrder })
            .Concat(
             from link in db.Set<Dictionary<string, object>>("EventThemes")
             join item in db.Themes on EF.Property<string>(link, "ThemesCode") equals item.Code
             where ids.Contains(EF.Property<int>(link, "EventId"))
             select new ListRow { EventId = EF.Property<int>(link, "EventId"), List = ThemeList, Code = item.Code, Label = item.Label, SortOrder = item.SortOrder })
            .OrderBy(r => r.EventId).ThenBy(r => r.List).ThenBy(r => r.SortOrder).ThenBy(r => r.Label)));

    private static readonly CompiledQuery<Func<AppDbContext, int[], IAsyncEnumerable<SessionRow>>> SessionsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int[] ids) => db.Sessions.AsNoTracking()
            .Where(s => ids.Contains(s.EventId))
            .OrderBy(s => s.EventId).ThenBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new SessionRow
            {
                EventId = s.EventId,
                View = new SessionView(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.RegistrationMode, s.Capacity, s.PlacesTaken,
                    s.ExternalRegistrationUrl, s.RegistrationsClosed),
            })));

    private sealed class ListRow
    {
        public int EventId { get; init; }
        public int List { get; init; }
        public string Code { get; init; } = "";
        public string Label { get; init; } = "";
        public int SortOrder { get; init; }
    }

    private sealed class SessionRow
    {
        public int EventId { get; init; }
        public SessionView View { get; init; } = null!;
    }
}
