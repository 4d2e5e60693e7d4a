using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Communication;
using SemaineIndustrie.Web.Infrastructure.Caching;
using SemaineIndustrie.Web.Statistics;

namespace SemaineIndustrie.Web.Pages.Statistiques;

/// <summary>The report (« bilan ») of an edition for a territory: the public figures on A4 pages, and as a PDF.</summary>
[OutputCache(PolicyName = PublicCache.PlacesPolicy)]
public sealed class BilanModel(StatisticsPages pages) : PageModel
{
    public StatisticsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? edition, string? region, string? department)
    {
        if (await pages.ResolveAsync(edition, region, department) is not { } request) return NotFound();
        View = await pages.ViewAsync(request, "/statistiques", forAgents: false);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int? edition, string? region, string? department)
    {
        if (await OnGetAsync(edition, region, department) is not PageResult) return NotFound();
        var r = View.Request;
        return File(Reports.Pdf(r, View.Figures), "application/pdf", $"bilan-{r.Edition.Year}-{r.Territory.Slug}.pdf");
    }
}
