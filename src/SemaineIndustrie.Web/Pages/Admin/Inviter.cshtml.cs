using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Admin;

/// <summary>
/// Invites a reviewer (one or more departments) or a coordinator (a region) by e-mail. A new person gets an
/// account without password and a link to choose one; a person who already has an account gets the role.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class InviterModel(AppDbContext db, UserManager<AppUser> users, AccountMails mails, Access access, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<(string Code, string Name)> Regions { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Indiquez le prénom et le nom.")]
        [StringLength(AppUser.FullNameMaxLength, ErrorMessage = "Le nom ne doit pas dépasser {1} caractères.")]
        public string FullName { get; set; } = "";

        [Required(ErrorMessage = "Indiquez l’adresse électronique.")]
        [EmailAddress(ErrorMessage = "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr).")]
        public string Email { get; set; } = "";

        public TerritorialRoleKind Kind { get; set; } = TerritorialRoleKind.DepartmentReviewer;

        [StringLength(200, ErrorMessage = "Liste trop longue.")]
        public string? Departments { get; set; }

        public string? Region { get; set; }
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var departments = (Input.Departments ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Trim().ToUpperInvariant()).Distinct().ToList();
        if (Input.Kind == TerritorialRoleKind.DepartmentReviewer)
        {
            var known = await db.Departments.Where(d => departments.Contains(d.Code)).Select(d => d.Code).ToListAsync();
            if (departments.Count == 0) ModelState.AddModelError("Input.Departments", "Indiquez au moins un département (exemple : 46, 32).");
            else if (departments.Except(known).ToList() is { Count: > 0 } unknown)
                ModelState.AddModelError("Input.Departments", $"Département inconnu : {string.Join(", ", unknown)}.");
        }
        if (Input.Kind == TerritorialRoleKind.RegionalCoordinator && !await db.Regions.AnyAsync(r => r.Code == Input.Region))
            ModelState.AddModelError("Input.Region", "Choisissez la région.");
        if (!ModelState.IsValid) { await LoadAsync(); return Page(); }

        var now = clock.GetUtcNow().UtcDateTime;
        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        var isNew = user is null;
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, FullName = Input.FullName.Trim(), CreatedAtUtc = now };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                foreach (var e in created.Errors) ModelState.AddModelError("Input.Email", e.Description);
                await LoadAsync();
                return Page();
            }
        }
        var existing = await db.TerritorialRoles.Where(r => r.UserId == user.Id).ToListAsync();
        var granted = Input.Kind switch
        {
            TerritorialRoleKind.DepartmentReviewer => departments.Select(d => new TerritorialRole { UserId = user.Id, Kind = Input.Kind, DepartmentCode = d }),
            TerritorialRoleKind.RegionalCoordinator => [new TerritorialRole { UserId = user.Id, Kind = Input.Kind, RegionCode = Input.Region }],
            _ => [new TerritorialRole { UserId = user.Id, Kind = Input.Kind }],
        };
        foreach (var role in granted.Where(g => !existing.Any(r => r.Kind == g.Kind && r.DepartmentCode == g.DepartmentCode && r.RegionCode == g.RegionCode)))
        {
            role.GrantedAtUtc = now;
            role.GrantedByUserId = access.UserId;
            db.TerritorialRoles.Add(role);
        }
        await db.SaveChangesAsync();

        var roles = string.Join(", ", await RoleDescriptions.OfAsync(db, user.Id));
        if (isNew || !user.EmailConfirmed)
        {
            var code = Tokens.Encode(await users.GeneratePasswordResetTokenAsync(user));
            await mails.InvitationAsync(user, roles, Url.Page("/Compte/NouveauMotDePasse", null, new { utilisateur = user.Id, code }, Request.Scheme)!, access.Actor.Name);
        }
        else
            await mails.RoleGrantedAsync(user, roles, Url.Page("/Compte/Connexion", null, null, Request.Scheme)!, access.Actor.Name);
        TempData["Message"] = $"Invitation envoyée à {email}.";
        return RedirectToPage("/Admin/Index");
    }

    private async Task LoadAsync() =>
        Regions = (await db.Regions.AsNoTracking().OrderBy(r => r.Name).Select(r => new { r.Code, r.Name }).ToListAsync())
            .Select(r => (r.Code, r.Name)).ToList();
}
