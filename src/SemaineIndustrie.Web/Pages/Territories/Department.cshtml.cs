using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Territories;

/// <summary>A department's labelled events, as its prefecture publishes them.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class DepartmentModel(EventSearch search, EventCatalogue catalogue, ReferenceLists lists, Data.AppDbContext db) : PageModel
{
    public DepartmentChoice Department { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public Listing Listing { get; private set; } = null!;
    /// <summary>The steering committee of the edition shown: its lead service and partners (none when not filled in).</summary>
    public (string? LeadService, IReadOnlyList<Administration.Committees.PartnerView> Partners) Committee { get; private set; } = (null, []);

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await lists.DepartmentAsync(code.ToUpperInvariant()) is not { } department) return NotFound();
        Department = department;
        RegionName = (await lists.RegionsAsync()).First(r => r.Code == department.RegionCode).Label;
        Listing = await Listing.LoadAsync(Request, $"/departements/{department.Code}", search, catalogue, lists,
            f => f with { Department = department.Code, Region = null }, ("department", department.Code));
        if (Listing.Result.Edition is { } edition) Committee = await Administration.Committees.OfAsync(db, edition.Id, department.Code);
        return Page();
    }
}
