using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;

namespace SemaineIndustrie.Web.Accounts;

/// <summary>Territorial roles in words: « référent départemental du Lot (46) ».</summary>
public static class RoleDescriptions
{
    public static async Task<IReadOnlyList<string>> OfAsync(AppDbContext db, string userId)
    {
        var roles = await db.TerritorialRoles.AsNoTracking().Where(r => r.UserId == userId)
            .Select(r => new
            {
                r.Kind,
                Department = db.Departments.Where(d => d.Code == r.DepartmentCode).Select(d => d.Name + " (" + d.Code + ")").FirstOrDefault(),
                Region = db.Regions.Where(x => x.Code == r.RegionCode).Select(x => x.Name).FirstOrDefault(),
            })
            .ToListAsync();
        return roles.OrderBy(r => r.Kind).ThenBy(r => r.Department).Select(r => Describe(r.Kind, r.Department, r.Region)).ToList();
    }

    public static string Describe(TerritorialRoleKind kind, string? department, string? region) => kind switch
    {
        TerritorialRoleKind.DepartmentReviewer => $"référent départemental : {department}",
        TerritorialRoleKind.RegionalCoordinator => $"coordinateur régional : {region}",
        _ => "administrateur national",
    };
}
