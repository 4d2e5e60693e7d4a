using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Communication;
using SemaineIndustrie.Web.Infrastructure;

namespace SemaineIndustrie.Web.Pages.Comite;

/// <summary>A press-release draft for one of the agent's departments: its figures and highlights, to edit and copy.</summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class CommuniqueModel(CommunicationKit kit, EventCatalogue catalogue, ReferenceLists lists, Access access, IOptions<SiteOptions> site) : PageModel
{
    public DepartmentChoice Department { get; private set; } = null!;
    public EditionSummary Edition { get; private set; } = null!;
    public string Draft { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? department, int? edition)
    {
        var scope = await access.ReviewScopeAsync();
        var code = department?.Trim().ToUpperInvariant() ?? scope.Departments.Order().FirstOrDefault() ?? "";
        if (!scope.Covers(code) || await lists.DepartmentAsync(code) is not { } d) return NotFound();
        if ((edition is { } y ? await catalogue.EditionAsync(y) : await catalogue.CurrentEditionAsync()) is not { } found) return NotFound();
        (Department, Edition) = (d, found);
        Draft = await kit.PressReleaseAsync(found, d, site.Value.PublicBaseUrl.TrimEnd('/'));
        return Page();
    }
}
