using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Labelling;

namespace SemaineIndustrie.Web.Accounts;

/// <summary>The departments a person reviews: their own, those of the regions they coordinate, or all for an administrator.</summary>
public sealed record ReviewScope(bool IsAdministrator, IReadOnlySet<string> Departments, IReadOnlySet<string> Regions)
{
    public static readonly ReviewScope None = new(false, new HashSet<string>(), new HashSet<string>());
    public bool IsReviewer => IsAdministrator || Departments.Count > 0;
    public bool Covers(string departmentCode) => IsAdministrator || Departments.Contains(departmentCode);
}

/// <summary>What the signed-in person may reach, read from the database once per request.</summary>
public sealed class Access(AppDbContext db, IHttpContextAccessor http)
{
    private ReviewScope? scope;
    private IReadOnlyList<int>? organisations;

    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();
    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public Actor Actor => new(UserId, User.FindFirstValue(Policies.NameClaim) is { Length: > 0 } name ? name : User.Identity?.Name ?? "?");

    public async Task<ReviewScope> ReviewScopeAsync(CancellationToken ct = default)
    {
        if (scope is not null) return scope;
        if (UserId is not { } id) return scope = ReviewScope.None;
        var roles = await db.TerritorialRoles.AsNoTracking().Where(r => r.UserId == id)
            .Select(r => new { r.Kind, r.DepartmentCode, r.RegionCode }).ToListAsync(ct);
        var regions = roles.Where(r => r.Kind == TerritorialRoleKind.RegionalCoordinator && r.RegionCode != null)
            .Select(r => r.RegionCode!).ToHashSet();
        var departments = roles.Where(r => r.Kind == TerritorialRoleKind.DepartmentReviewer && r.DepartmentCode != null)
            .Select(r => r.DepartmentCode!).ToHashSet();
        if (regions.Count > 0)
            departments.UnionWith(await db.Departments.Where(d => regions.Contains(d.RegionCode)).Select(d => d.Code).ToListAsync(ct));
        return scope = new ReviewScope(roles.Any(r => r.Kind == TerritorialRoleKind.NationalAdministrator), departments, regions);
    }

    /// <summary>The organisations the person acts for.</summary>
    public async Task<IReadOnlyList<int>> OrganisationIdsAsync(CancellationToken ct = default)
    {
        if (organisations is not null) return organisations;
        if (UserId is not { } id) return organisations = [];
        return organisations = await db.OrganisationMembers.Where(m => m.UserId == id).Select(m => m.OrganisationId).ToListAsync(ct);
    }

    public async Task<bool> IsMemberAsync(int organisationId, CancellationToken ct = default) =>
        (await OrganisationIdsAsync(ct)).Contains(organisationId);
}
