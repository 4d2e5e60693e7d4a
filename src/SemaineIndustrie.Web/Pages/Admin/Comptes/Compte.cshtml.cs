using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Administration;

namespace SemaineIndustrie.Web.Pages.Admin.Comptes;

/// <summary>One account: its roles (grant, revoke), its organisations, and locking it out or letting it back in.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class CompteModel(AppDbContext db, UserManager<AppUser> users, Access access, AuditLog audit, ReferenceLists lists, TimeProvider clock) : PageModel
{
    public sealed record RoleRow(int Id, string Description, DateTime GrantedAtUtc);

    public AppUser Person { get; private set; } = null!;
    public bool Locked { get; private set; }
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];
    public IReadOnlyList<string> Organisations { get; private set; } = [];
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public IReadOnlyList<Choice> Regions { get; private set; } = [];

    [BindProperty] public TerritorialRoleKind Kind { get; set; }
    [BindProperty] public string? Department { get; set; }
    [BindProperty] public string? Region { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var role = new TerritorialRole { UserId = Person.Id, Kind = Kind, GrantedAtUtc = clock.GetUtcNow().UtcDateTime, GrantedByUserId = access.UserId };
        switch (Kind)
        {
            case TerritorialRoleKind.DepartmentReviewer when Departments.Any(d => d.Code == Department):
                role.DepartmentCode = Department; break;
            case TerritorialRoleKind.DepartmentReviewer:
                ModelState.AddModelError(nameof(Department), "Choisissez le département."); break;
            case TerritorialRoleKind.RegionalCoordinator when Regions.Any(r => r.Code == Region):
                role.RegionCode = Region; break;
            case TerritorialRoleKind.RegionalCoordinator:
                ModelState.AddModelError(nameof(Region), "Choisissez la région."); break;
            case TerritorialRoleKind.NationalAdministrator: break;
            default: ModelState.AddModelError(nameof(Kind), "Choisissez le rôle."); break;
        }
        if (!ModelState.IsValid) return Page();
        if (await db.TerritorialRoles.AnyAsync(r => r.UserId == Person.Id && r.Kind == role.Kind && r.DepartmentCode == role.DepartmentCode && r.RegionCode == role.RegionCode))
        {
            TempData["Problem"] = "Cette personne a déjà ce rôle.";
            return RedirectToPage(new { id });
        }
        db.TerritorialRoles.Add(role);
        var description = (await TerritoryNames.LoadAsync(lists)).Describe(role.Kind, role.DepartmentCode, role.RegionCode);
        audit.Record(AuditObjects.Account, Person.Email!, "a accordé un rôle", description);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Rôle accordé : {description}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, int role)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (await db.TerritorialRoles.FirstOrDefaultAsync(r => r.Id == role && r.UserId == Person.Id) is not { } held) return NotFound();
        if (held.Kind == TerritorialRoleKind.NationalAdministrator
            && await db.TerritorialRoles.CountAsync(r => r.Kind == TerritorialRoleKind.NationalAdministrator) <= 1)
        {
            TempData["Problem"] = "C’est le dernier administrateur national : accordez ce rôle à quelqu’un d’autre avant de le retirer.";
            return RedirectToPage(new { id });
        }
        var description = (await TerritoryNames.LoadAsync(lists)).Describe(held.Kind, held.DepartmentCode, held.RegionCode);
        db.TerritorialRoles.Remove(held);
        audit.Record(AuditObjects.Account, Person.Email!, "a retiré un rôle", description);
        await db.SaveChangesAsync();
        TempData["Message"] = $"Rôle retiré : {description}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLockAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Person.Id == access.UserId)
        {
            TempData["Problem"] = "Vous ne pouvez pas bloquer votre propre compte.";
            return RedirectToPage(new { id });
        }
        audit.Record(AuditObjects.Account, Person.Email!, "a bloqué le compte");
        Person.LockoutEnabled = true;
        Person.LockoutEnd = clock.GetUtcNow().AddYears(100); // "for good", within every provider's range
        // A new stamp ends the sessions already open at their next check (within a minute, ADR 0010).
        await users.UpdateSecurityStampAsync(Person); // saves the account and the audit entry together
        TempData["Message"] = $"Le compte de {Person.Email} est bloqué : la personne ne peut plus se connecter.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (!await LoadAsync(id)) return NotFound();
        audit.Record(AuditObjects.Account, Person.Email!, "a débloqué le compte");
        Person.LockoutEnd = null;
        Person.AccessFailedCount = 0;
        await users.UpdateAsync(Person);
        TempData["Message"] = $"Le compte de {Person.Email} est débloqué.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return false;
        Person = user;
        Locked = user.LockoutEnd > clock.GetUtcNow();
        var names = await TerritoryNames.LoadAsync(lists);
        Roles = (await db.TerritorialRoles.AsNoTracking().Where(r => r.UserId == id).OrderBy(r => r.Kind).ThenBy(r => r.DepartmentCode).ThenBy(r => r.RegionCode)
                .Select(r => new { r.Id, r.Kind, r.DepartmentCode, r.RegionCode, r.GrantedAtUtc }).ToListAsync())
            .Select(r => new RoleRow(r.Id, names.Describe(r.Kind, r.DepartmentCode, r.RegionCode), r.GrantedAtUtc)).ToList();
        Organisations = await db.OrganisationMembers.AsNoTracking().Where(m => m.UserId == id).OrderBy(m => m.Organisation!.Name)
            .Select(m => m.Organisation!.Name).ToListAsync();
        Departments = await lists.DepartmentsAsync();
        Regions = await lists.RegionsAsync();
        return true;
    }
}
