using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.ReferenceLists;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// The reference lists as the database holds them (administrators may have retired entries):
/// the demo only uses codes that exist and sectors that are offered.
/// </summary>
internal sealed class DemoReferences
{
    private DemoReferences(List<Sector> sectors, List<Audience> audiences, List<Theme> themes, HashSet<string> kinds)
    {
        ActiveSectors = sectors;
        Sectors = sectors.ToDictionary(s => s.Code, StringComparer.Ordinal);
        Audiences = audiences.ToDictionary(a => a.Code, StringComparer.Ordinal);
        Themes = themes.ToDictionary(t => t.Code, StringComparer.Ordinal);
        KindCodes = kinds;
        SectorCodes = sectors.Select(s => s.Code).ToList();
        AudienceCodes = audiences.Select(a => a.Code).ToList();
        ThemeCodes = themes.Select(t => t.Code).ToList();
    }

    public IReadOnlyList<Sector> ActiveSectors { get; }
    public IReadOnlyDictionary<string, Sector> Sectors { get; }
    public IReadOnlyDictionary<string, Audience> Audiences { get; }
    public IReadOnlyDictionary<string, Theme> Themes { get; }
    public IReadOnlySet<string> KindCodes { get; }
    public IReadOnlyList<string> SectorCodes { get; }
    public IReadOnlyList<string> AudienceCodes { get; }
    public IReadOnlyList<string> ThemeCodes { get; }

    public static async Task<DemoReferences> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var sectors = await db.Sectors.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.SortOrder).ThenBy(s => s.Code).ToListAsync(ct);
        var audiences = await db.Audiences.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Code).ToListAsync(ct);
        var themes = await db.Themes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        var kinds = await db.EventKinds.AsNoTracking().Where(k => k.IsActive).Select(k => k.Code).ToListAsync(ct);
        if (sectors.Count == 0 || audiences.Count == 0 || kinds.Count == 0)
            throw new InvalidOperationException("Les listes de référence (filières, publics, types d’événement) sont vides : la démo ne peut pas composer d’événements.");
        return new DemoReferences(sectors, audiences, themes, kinds.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Tracks the reference entries as unchanged, so that events link to them instead of inserting
    /// them again; needed after every ChangeTracker.Clear().
    /// </summary>
    public void AttachTo(AppDbContext db)
    {
        db.AttachRange(ActiveSectors);
        db.AttachRange(Audiences.Values);
        db.AttachRange(Themes.Values);
    }
}
