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

/// <summary>Department and region names from the kept reference lists, to describe many roles without a query each.</summary>
public sealed class TerritoryNames(IReadOnlyDictionary<string, string> departments, IReadOnlyDictionary<string, string> regions)
{
    public static async Task<TerritoryNames> LoadAsync(ReferenceLists lists) => new(
        (await lists.DepartmentsAsync()).ToDictionary(d => d.Code, d => d.Label),
        (await lists.RegionsAsync()).ToDictionary(r => r.Code, r => r.Label));

    public string Describe(TerritorialRoleKind kind, string? department, string? region) => RoleDescriptions.Describe(kind,
        department is null ? null : departments.GetValueOrDefault(department, department),
        region is null ? null : regions.GetValueOrDefault(region, region));
}
