using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Territories;

/// <summary>A department's labelled events, as its prefecture publishes them.</summary>
public sealed class DepartmentModel(EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public DepartmentChoice Department { get; private set; } = null!;
    public string RegionName { get; private set; } = "";
    public SearchResult Result { get; private set; } = null!;
    public FiltersView Filters { get; private set; } = null!;
    public List<string> Notices { get; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await lists.DepartmentAsync(code.ToUpperInvariant()) is not { } department) return NotFound();
        Department = department;
        RegionName = (await lists.RegionsAsync()).First(r => r.Code == department.RegionCode).Label;
        var (filter, notices) = EventFilterParser.Parse(Request.Query);
        filter = filter with { Department = department.Code, Region = null };
        Result = await catalogue.SearchAsync(filter);
        Notices.AddRange(notices);
        Notices.AddRange(Result.Notices);
        Filters = await FiltersView.LoadAsync($"/departements/{department.Code}", filter, Result.Edition?.Year ?? 0, catalogue, lists, withDepartments: false);
        return Page();
    }
}
