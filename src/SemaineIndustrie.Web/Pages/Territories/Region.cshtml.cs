using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Territories;

/// <summary>A region: its departments and its labelled events.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class RegionModel(EventSearch search, EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public Choice Region { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public Listing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if ((await lists.RegionsAsync()).FirstOrDefault(r => r.Code == code) is not { } region) return NotFound();
        Region = region;
        Departments = (await lists.DepartmentsAsync()).Where(d => d.RegionCode == code).ToList();
        Listing = await Listing.LoadAsync(Request, $"/regions/{code}", search, catalogue, lists, f => f with { Region = code, Department = null }, ("region", code));
        if (Listing.Result.Edition is { } edition) Counts = await catalogue.CountsByDepartmentAsync(edition.Id);
        return Page();
    }
}
