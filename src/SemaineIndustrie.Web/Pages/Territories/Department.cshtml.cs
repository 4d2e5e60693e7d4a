using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Territories;

/// <summary>A department's labelled events, as its prefecture publishes them.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class DepartmentModel(EventSearch search, EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public DepartmentChoice Department { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public Listing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await lists.DepartmentAsync(code.ToUpperInvariant()) is not { } department) return NotFound();
        Department = department;
        RegionName = (await lists.RegionsAsync()).First(r => r.Code == department.RegionCode).Label;
        Listing = await Listing.LoadAsync(Request, $"/departements/{department.Code}", search, catalogue, lists,
            f => f with { Department = department.Code, Region = null }, ("department", department.Code));
        return Page();
    }
}
