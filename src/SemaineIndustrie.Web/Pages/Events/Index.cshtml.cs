using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Events;

/// <summary>The national list of labelled events, with filters in the query string.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class IndexModel(EventSearch search, EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public Listing Listing { get; private set; } = null!;

    public async Task OnGetAsync() => Listing = await Listing.LoadAsync(Request, "/evenements", search, catalogue, lists);
}
