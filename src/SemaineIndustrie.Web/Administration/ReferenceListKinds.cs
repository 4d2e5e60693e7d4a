using SemaineIndustrie.Data;
using SemaineIndustrie.Data.ReferenceLists;

namespace SemaineIndustrie.Web.Administration;

/// <summary>
/// The four reference lists administrators manage, by the key of their address (/admin/listes/filieres):
/// their entries, and how many events use each entry (an entry in use is retired, never deleted).
/// </summary>
public sealed record ReferenceListKind(string Key, string Label, string OneOf,
    Func<AppDbContext, IQueryable<ReferenceItem>> Items, Func<AppDbContext, IQueryable<string>> UsedCodes,
    Func<string, string, int, ReferenceItem> Create)
{
    public static readonly IReadOnlyList<ReferenceListKind> All =
    [
        new("types", "Types d’événement", "un type d’événement", db => db.EventKinds, db => db.Events.Select(e => e.KindCode),
            (code, label, order) => new EventKind { Code = code, Label = label, SortOrder = order }),
        new("filieres", "Filières", "une filière", db => db.Sectors, db => db.Events.SelectMany(e => e.Sectors).Select(s => s.Code),
            (code, label, order) => new Sector { Code = code, Label = label, SortOrder = order, Source = "admin" }),
        new("publics", "Publics visés", "un public visé", db => db.Audiences, db => db.Events.SelectMany(e => e.Audiences).Select(a => a.Code),
            (code, label, order) => new Audience { Code = code, Label = label, SortOrder = order }),
        new("themes", "Thèmes", "un thème", db => db.Themes, db => db.Events.SelectMany(e => e.Themes).Select(t => t.Code),
            (code, label, order) => new Theme { Code = code, Label = label, SortOrder = order }),
    ];

    public static ReferenceListKind? Find(string? key) => All.FirstOrDefault(k => k.Key == key);
}
