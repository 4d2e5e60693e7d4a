using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Web.Pages.Territories;

/// <summary>Every department, grouped by region, with its number of labelled events in the current edition.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class DepartmentsModel(EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public EditionSummary? Edition { get; private set; }
    public IReadOnlyList<(Choice Region, IReadOnlyList<DepartmentChoice> Departments)> Regions { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public async Task OnGetAsync()
    {
        Edition = await catalogue.CurrentEditionAsync();
        if (Edition is not null) Counts = await catalogue.CountsByDepartmentAsync(Edition.Id);
        var departments = await lists.DepartmentsAsync();
        Regions = (await lists.RegionsAsync())
            .Select(r => (r, (IReadOnlyList<DepartmentChoice>)departments.Where(d => d.RegionCode == r.Code).ToList()))
            .ToList();
    }
}
