using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Events;

/// <summary>The national list of labelled events, with filters in the query string.</summary>
public sealed class IndexModel(EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public Listing Listing { get; private set; } = null!;

    public async Task OnGetAsync() => Listing = await Listing.LoadAsync(Request, "/evenements", catalogue, lists);
}
