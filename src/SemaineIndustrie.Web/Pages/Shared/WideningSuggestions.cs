namespace SemaineIndustrie.Web.Pages.Shared;

/// <summary>A way out of an empty result: the same search with one criterion loosened.</summary>
public sealed record Suggestion(string Label, string Url);

public static class WideningSuggestions
{
    /// <summary>One link per criterion that narrows the search, the loosest change first.</summary>
    public static IReadOnlyList<Suggestion> For(ResolvedSearch? search, HttpRequest request, bool departmentIsScope)
    {
        if (search is null) return [];
        var f = search.Filter;
        var list = new List<Suggestion>();
        void Add(string label, params (string, string?)[] changes) => list.Add(new(label, PageLinks.With(request, changes)));

        if (search.Place is { IsRadius: true, RadiusKm: { } r } && r < 100)
            Add($"Chercher à moins de {(r < 30 ? 50 : 100)} km", ("radiusKm", (r < 30 ? 50 : 100).ToString()));
        else if (search.Place is { Match: { } place, IsRadius: false })
            Add($"Chercher à moins de 30 km {place.From}", ("radiusKm", "30"));
        if (f.From is not null || f.To is not null) Add("Retirer les dates", ("from", null), ("to", null));
        if (!search.Text.IsEmpty) Add($"Retirer les mots-clés « {f.Q} »", ("q", null));
        if (f.Kind is not null) Add("Tous les types d’événements", ("kind", null));
        if (f.Sector is not null) Add("Toutes les filières", ("sector", null));
        if (f.Audience is not null) Add("Tous les publics", ("audience", null));
        if (f.AccessibleOnly) Add("Y compris les lieux non accessibles en fauteuil", ("accessible", null));
        if (f.RegistrationOpenOnly) Add("Y compris les événements sans inscription ouverte", ("registrationOpen", null));
        if (f.FeaturedOnly) Add("Tous les événements, pas seulement les temps forts", ("featured", null));
        if (f.Department is not null && !departmentIsScope) Add("Toute la France", ("department", null));
        if (search.Place is not null) Add("Partout, sans lieu", ("place", null), ("commune", null), ("near", null), ("radiusKm", null));
        return list;
    }
}
