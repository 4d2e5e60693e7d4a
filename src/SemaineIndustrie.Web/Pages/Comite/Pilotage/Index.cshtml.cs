using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Administration;

namespace SemaineIndustrie.Web.Pages.Comite.Pilotage;

/// <summary>The steering committees of the departments the person acts in, for an edition.</summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class IndexModel(AppDbContext db, Access access, ReferenceLists lists) : PageModel
{
    public sealed record Row(DepartmentChoice Department, string? LeadService, int Partners, int Reviewers);

    public int Year { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? edition)
    {
        var scope = await access.ReviewScopeAsync();
        if (!scope.IsReviewer) return Forbid();
        if (await Committees.EditionAsync(db, edition) is not { } found) return NotFound();
        Year = found.Year;
        var departments = (await lists.DepartmentsAsync()).Where(d => scope.Covers(d.Code)).ToList();
        var committees = await db.SteeringCommittees.AsNoTracking().Where(c => c.EditionId == found.Id)
            .Select(c => new { c.DepartmentCode, c.LeadService, Partners = c.Partners.Count }).ToDictionaryAsync(c => c.DepartmentCode);
        var reviewers = await db.TerritorialRoles.AsNoTracking().Where(r => r.Kind == TerritorialRoleKind.DepartmentReviewer && r.DepartmentCode != null)
            .GroupBy(r => r.DepartmentCode!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = departments.Select(d => new Row(d, committees.GetValueOrDefault(d.Code)?.LeadService,
            committees.GetValueOrDefault(d.Code)?.Partners ?? 0, reviewers.GetValueOrDefault(d.Code))).ToList();
        return Page();
    }
}
