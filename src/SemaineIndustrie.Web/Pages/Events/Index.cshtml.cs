using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Events;

/// <summary>The national list of labelled events, with filters in the query string.</summary>
public sealed class IndexModel(EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public SearchResult Result { get; private set; } = null!;
    public FiltersView Filters { get; private set; } = null!;
    public List<string> Notices { get; } = [];

    public async Task OnGetAsync()
    {
        var (filter, notices) = EventFilterParser.Parse(Request.Query);
        Result = await catalogue.SearchAsync(filter);
        Notices.AddRange(notices);
        Notices.AddRange(Result.Notices);
        Filters = await FiltersView.LoadAsync("/evenements", filter, Result.Edition?.Year ?? 0, catalogue, lists, withDepartments: true);
    }
}
