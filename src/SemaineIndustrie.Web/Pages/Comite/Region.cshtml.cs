using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Comite;

/// <summary>A coordinator's overview: each department of the region, its waiting submissions, the late ones, its reviewers.</summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class RegionModel(AppDbContext db, Access access, TimeProvider clock) : PageModel
{
    public sealed record Line(string Code, string Name, int Waiting, int Late, DateOnly? OldestDue, int Labelled, int Reviewers);

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var scope = await access.ReviewScopeAsync();
        var today = DateOnly.FromDateTime(FrenchTime.ToLocal(clock.GetUtcNow().UtcDateTime, "Europe/Paris"));
        var departments = scope.IsAdministrator ? await db.Departments.Select(d => d.Code).ToListAsync() : scope.Departments.ToList();
        var open = db.Events.Where(e => e.Edition!.Status == EditionStatus.Open);
        Lines = await db.Departments.AsNoTracking().Where(d => departments.Contains(d.Code)).OrderBy(d => d.Code)
            .Select(d => new Line(d.Code, d.Name,
                open.Count(e => e.DepartmentCode == d.Code && e.Status == EventStatus.Submitted),
                open.Count(e => e.DepartmentCode == d.Code && e.Status == EventStatus.Submitted && e.ReviewDueOn < today),
                open.Where(e => e.DepartmentCode == d.Code && e.Status == EventStatus.Submitted).Min(e => e.ReviewDueOn),
                open.Count(e => e.DepartmentCode == d.Code && e.Status == EventStatus.Labelled),
                db.TerritorialRoles.Count(r => r.Kind == TerritorialRoleKind.DepartmentReviewer && r.DepartmentCode == d.Code)))
            .ToListAsync();
    }
}
