using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

/// <summary>The signed-in person's home: their organisations, their roles, their mail preference.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, Access access) : PageModel
{
    public AppUser Person { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Organisations { get; private set; } = [];
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == access.UserId) is not { } person) return Challenge();
        Person = person;
        Organisations = (await db.OrganisationMembers.AsNoTracking().Where(m => m.UserId == person.Id)
            .OrderBy(m => m.Organisation!.Name).Select(m => new { m.OrganisationId, m.Organisation!.Name }).ToListAsync())
            .Select(o => (o.OrganisationId, o.Name)).ToList();
        Roles = await RoleDescriptions.OfAsync(db, person.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostDigestAsync(bool daily)
    {
        await db.Users.Where(u => u.Id == access.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.WantsDailyDigest, daily));
        TempData["Message"] = daily ? "Vous recevrez un récapitulatif quotidien des soumissions." : "Vous recevrez un courriel à chaque soumission.";
        return RedirectToPage();
    }
}
