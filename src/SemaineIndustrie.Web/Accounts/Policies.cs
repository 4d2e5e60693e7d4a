using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;

namespace SemaineIndustrie.Web.Accounts;

/// <summary>
/// Who may open which area. The claims only open the doors; which departments a reviewer acts in is
/// always read from the database (<see cref="Access"/>), so a withdrawn role stops working at once.
/// </summary>
public static class Policies
{
    public const string Reviewer = "reviewer";
    public const string Administrator = "administrator";
    public const string RoleClaim = "si:role";
    public const string NameClaim = "si:name";

    public static string ClaimValue(TerritorialRoleKind kind) => kind switch
    {
        TerritorialRoleKind.DepartmentReviewer => "reviewer",
        TerritorialRoleKind.RegionalCoordinator => "coordinator",
        _ => "administrator",
    };
}

/// <summary>Adds the person's name and kinds of territorial role to the sign-in cookie.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Policies.NameClaim, user.FullName));
        var kinds = await db.TerritorialRoles.Where(r => r.UserId == user.Id).Select(r => r.Kind).Distinct().ToListAsync();
        foreach (var kind in kinds) identity.AddClaim(new Claim(Policies.RoleClaim, Policies.ClaimValue(kind)));
        return identity;
    }
}
