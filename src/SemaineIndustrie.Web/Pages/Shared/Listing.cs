namespace SemaineIndustrie.Web.Pages.Shared;

/// <summary>A page of labelled events with its filter form and notices: the body of every list page.</summary>
public sealed record Listing(
    SearchResult Result, FiltersView Filters, IReadOnlyList<string> Notices, IReadOnlyList<Suggestion> Suggestions, string MapDataUrl)
{
    /// <summary>Parameters of the list that do not change which events match: the map shows them all.</summary>
    private static readonly HashSet<string> ListOnly = new(["page", "pageSize", "sort"], StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ListOnlyAndTerritory =
        new([.. ListOnly, "department", "region"], StringComparer.OrdinalIgnoreCase);

    /// <param name="scope">Fixes what the page is about (a department, a region) over what the query asks.</param>
    /// <param name="scopeParameter">The same scope as a query parameter of the API, for the map's data.</param>
    public static async Task<Listing> LoadAsync(
        HttpRequest request, string action, EventSearch search, EventCatalogue catalogue, ReferenceLists lists,
        Func<EventFilter, EventFilter>? scope = null, (string Key, string Value)? scopeParameter = null)
    {
        var parsed = EventFilterParser.Parse(request.Query);
        var filter = scope is null ? parsed.Filter : scope(parsed.Filter);
        var result = await search.SearchAsync(filter);
        var resolved = result.Search;
        var facets = resolved is null ? FacetCounts.Empty : await search.FacetsAsync(resolved);

        // The form shows the place as it was understood (« Cahors (46000) »), whatever the URL named it by.
        var shown = resolved?.Filter ?? filter;
        if (resolved?.Place?.Match is { } place) shown = shown with { Place = place.FormValue, Commune = null };
        var filters = await FiltersView.LoadAsync(action, shown, result.Edition?.Year ?? 0, facets, catalogue, lists, withDepartments: scope is null);
        var suggestions = result.Total == 0 ? WideningSuggestions.For(resolved, request, departmentIsScope: scope is not null) : [];
        return new Listing(result, filters, [.. parsed.ErrorsAsNotices, .. result.Notices], suggestions, MapData(request, scopeParameter));
    }

    /// <summary>The GeoJSON of every event the list matches, on every page of it: same parameters, same scope.</summary>
    private static string MapData(HttpRequest request, (string Key, string Value)? scope)
    {
        // A department's page fixes its territory: the query cannot widen the map beyond it.
        var query = PageLinks.QueryWithout(request, scope is null ? ListOnly : ListOnlyAndTerritory);
        if (scope is { } fixedScope) query.Add(fixedScope.Key, fixedScope.Value);
        return "/api/v1/events.map.geojson" + query.ToQueryString();
    }
}
