using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Organisateur.Structures;

/// <summary>An organisation and its members; a member adds a colleague who already has an account.</summary>
[Authorize]
public sealed class DetailsModel(AppDbContext db, Access access, TimeProvider clock) : PageModel
{
    public string Name { get; private set; } = "";
    public string? Siret { get; private set; }
    public IReadOnlyList<(string Name, string Email)> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await access.IsMemberAsync(id)) return NotFound();
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id);
        Name = organisation.Name;
        Siret = organisation.Siret;
        Members = (await db.OrganisationMembers.AsNoTracking().Where(m => m.OrganisationId == id).OrderBy(m => m.User!.FullName)
            .Select(m => new { m.User!.FullName, m.User.Email }).ToListAsync()).Select(m => (m.FullName, m.Email ?? "")).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAddMemberAsync(int id, string? email)
    {
        if (!await access.IsMemberAsync(id)) return NotFound();
        var user = string.IsNullOrWhiteSpace(email) ? null : await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email.Trim().ToUpperInvariant());
        if (user is null)
            TempData["Problem"] = "Aucun compte n’existe avec cette adresse : demandez à cette personne de créer son compte, puis ajoutez-la.";
        else if (await db.OrganisationMembers.AnyAsync(m => m.OrganisationId == id && m.UserId == user.Id))
            TempData["Problem"] = $"{user.FullName} est déjà membre.";
        else
        {
            db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = id, UserId = user.Id, JoinedAtUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync();
            TempData["Message"] = $"{user.FullName} est membre de la structure.";
        }
        return RedirectToPage(new { id });
    }
}
