namespace SemaineIndustrie.Web.Pages.Shared;

/// <summary>A page of labelled events with its filter form and notices: the body of every list page.</summary>
public sealed record Listing(SearchResult Result, FiltersView Filters, IReadOnlyList<string> Notices)
{
    /// <param name="scope">Fixes what the page is about (a department, a region) over what the query asks.</param>
    public static async Task<Listing> LoadAsync(
        HttpRequest request, string action, EventCatalogue catalogue, ReferenceLists lists,
        Func<EventFilter, EventFilter>? scope = null)
    {
        var (filter, notices) = EventFilterParser.Parse(request.Query);
        if (scope is not null) filter = scope(filter);
        var result = await catalogue.SearchAsync(filter);
        var filters = await FiltersView.LoadAsync(action, filter, result.Edition?.Year ?? 0, catalogue, lists, withDepartments: scope is null);
        return new Listing(result, filters, [.. notices, .. result.Notices]);
    }
}
