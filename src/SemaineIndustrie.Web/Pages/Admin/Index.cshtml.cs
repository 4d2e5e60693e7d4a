using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Admin;

/// <summary>The people who steer the week: reviewers, coordinators, administrators, with their territories.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Person(string Name, string Email, bool Active, string Role);

    public IReadOnlyList<Person> People { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.TerritorialRoles.AsNoTracking()
            .Select(r => new
            {
                r.User!.FullName, r.User.Email, r.User.EmailConfirmed, r.Kind,
                Department = db.Departments.Where(d => d.Code == r.DepartmentCode).Select(d => d.Name + " (" + d.Code + ")").FirstOrDefault(),
                Region = db.Regions.Where(x => x.Code == r.RegionCode).Select(x => x.Name).FirstOrDefault(),
            })
            .ToListAsync();
        People = rows.OrderBy(r => r.Kind).ThenBy(r => r.Region ?? r.Department).ThenBy(r => r.FullName)
            .Select(r => new Person(r.FullName, r.Email ?? "", r.EmailConfirmed, RoleDescriptions.Describe(r.Kind, r.Department, r.Region)))
            .ToList();
    }
}
