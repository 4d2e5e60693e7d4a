using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Communication;
using SemaineIndustrie.Web.Infrastructure.Caching;

namespace SemaineIndustrie.Web.Pages.Territories;

/// <summary>A department's labelled events by date, ready to print (what a prefecture publishes), and as a PDF.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class ProgrammeModel(CommunicationKit kit, EventCatalogue catalogue, ReferenceLists lists) : PageModel
{
    public Programme Programme { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int? edition)
    {
        if (await lists.DepartmentAsync(code.ToUpperInvariant()) is not { } department) return NotFound();
        if ((edition is { } y ? await catalogue.EditionAsync(y) : await catalogue.CurrentEditionAsync()) is not { } found) return NotFound();
        Programme = await kit.ProgrammeAsync(found, department);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(string code, int? edition)
    {
        if (await OnGetAsync(code, edition) is not PageResult) return NotFound();
        return File(Programmes.Pdf(Programme), "application/pdf", $"programme-{Programme.Department.Code}-{Programme.Edition.Year}.pdf");
    }
}
