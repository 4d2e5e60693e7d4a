using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Territories;

/// <summary>A region: its departments and its labelled events.</summary>
public sealed class RegionModel(EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public Choice Region { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public SearchResult Result { get; private set; } = null!;
    public FiltersView Filters { get; private set; } = null!;
    public List<string> Notices { get; } = [];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if ((await lists.RegionsAsync()).FirstOrDefault(r => r.Code == code) is not { } region) return NotFound();
        Region = region;
        Departments = (await lists.DepartmentsAsync()).Where(d => d.RegionCode == code).ToList();
        var (filter, notices) = EventFilterParser.Parse(Request.Query);
        filter = filter with { Region = code, Department = null };
        Result = await catalogue.SearchAsync(filter);
        if (Result.Edition is not null) Counts = await catalogue.CountsByDepartmentAsync(Result.Edition.Id);
        Notices.AddRange(notices);
        Notices.AddRange(Result.Notices);
        Filters = await FiltersView.LoadAsync($"/regions/{code}", filter, Result.Edition?.Year ?? 0, catalogue, lists, withDepartments: false);
        return Page();
    }
}
