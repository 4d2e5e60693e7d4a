using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using SemaineIndustrie.Web.Statistics;

namespace SemaineIndustrie.Web.Pages.Statistiques;

/// <summary>The public figures of an edition, for France, a region or a department: charts, tables, map and CSV.</summary>
[OutputCache(PolicyName = PublicCache.PlacesPolicy)]
public sealed class IndexModel(StatisticsPages pages) : PageModel
{
    public StatisticsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? edition, string? region, string? department)
    {
        if (await pages.ResolveAsync(edition, region, department) is not { } request) return NotFound();
        View = await pages.ViewAsync(request, "/statistiques", forAgents: false);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int? edition, string? region, string? department, string? figure) =>
        await OnGetAsync(edition, region, department) is PageResult ? StatisticsPages.Csv(View, figure) : NotFound();
}
