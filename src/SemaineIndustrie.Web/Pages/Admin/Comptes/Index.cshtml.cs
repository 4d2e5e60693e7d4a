using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Admin.Comptes;

/// <summary>Finds accounts by name or address, with their roles and organisations.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, ReferenceLists lists) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(string Id, string Name, string Email, bool Confirmed, bool Locked, IReadOnlyList<string> Roles, IReadOnlyList<string> Organisations);

    public string? Query { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool More { get; private set; }

    public async Task OnGetAsync(string? q)
    {
        Query = q?.Trim();
        var now = clock.GetUtcNow();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrEmpty(Query))
        {
            var upper = Query.ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(upper) || u.FullName.ToUpper().Contains(upper));
        }
        var found = await users.OrderBy(u => u.FullName).ThenBy(u => u.Email).Take(PageSize + 1)
            .Select(u => new
            {
                u.Id, u.FullName, u.Email, u.EmailConfirmed, u.LockoutEnd,
                Organisations = u.Memberships.Select(m => m.Organisation!.Name).ToList(),
            })
            .ToListAsync();
        More = found.Count > PageSize;
        var ids = found.Take(PageSize).Select(u => u.Id).ToList();
        var roles = (await db.TerritorialRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
                .Select(r => new { r.UserId, r.Kind, r.DepartmentCode, r.RegionCode }).ToListAsync())
            .ToLookup(r => r.UserId);
        var names = await TerritoryNames.LoadAsync(lists);
        Rows = found.Take(PageSize).Select(u => new Row(u.Id, u.FullName, u.Email ?? "", u.EmailConfirmed, u.LockoutEnd > now,
            roles[u.Id].OrderBy(r => r.Kind).Select(r => names.Describe(r.Kind, r.DepartmentCode, r.RegionCode)).ToList(),
            u.Organisations)).ToList();
    }
}
