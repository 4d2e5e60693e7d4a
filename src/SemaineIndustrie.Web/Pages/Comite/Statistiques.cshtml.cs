using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Statistics;

namespace SemaineIndustrie.Web.Pages.Comite;

/// <summary>
/// The agents' figures: the public ones plus the states, the submissions per week and the labelling delays; their own
/// territory first (a department's reviewer their department, a coordinator their region, an administrator France).
/// </summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class StatistiquesModel(StatisticsPages pages, Access access, ReferenceLists lists) : PageModel
{
    public StatisticsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? edition, string? region, string? department)
    {
        if (await pages.ResolveAsync(edition, region, department, await OwnTerritoryAsync()) is not { } request) return NotFound();
        View = await pages.ViewAsync(request, "/comite/statistiques", forAgents: true);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int? edition, string? region, string? department, string? figure) =>
        await OnGetAsync(edition, region, department) is PageResult ? StatisticsPages.Csv(View, figure) : NotFound();

    private async Task<Territory> OwnTerritoryAsync()
    {
        var scope = await access.ReviewScopeAsync();
        if (scope.IsAdministrator) return Territory.National;
        if (scope.Regions.Order().FirstOrDefault() is { } regionCode)
            return new Territory(regionCode, null, (await lists.RegionsAsync()).First(r => r.Code == regionCode).Label);
        var department = await lists.DepartmentAsync(scope.Departments.Order().First());
        return new Territory(department!.RegionCode, department.Code, department.Label);
    }
}
