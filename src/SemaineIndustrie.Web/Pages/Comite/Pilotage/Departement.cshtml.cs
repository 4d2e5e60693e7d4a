using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Committees;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Administration;

namespace SemaineIndustrie.Web.Pages.Comite.Pilotage;

/// <summary>
/// A department's steering committee for an edition: its lead service and its partners, edited by administrators, the
/// region's coordinators and the department's reviewers; its reviewers, read from the roles.
/// </summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class DepartementModel(AppDbContext db, Access access, ReferenceLists lists, AuditLog audit) : PageModel
{
    public DepartmentChoice Department { get; private set; } = null!;
    public Edition Edition { get; private set; } = null!;
    public string? LeadService { get; private set; }
    public IReadOnlyList<Committees.PartnerView> Partners { get; private set; } = [];
    public IReadOnlyList<string> Reviewers { get; private set; } = [];

    [BindProperty]
    [StringLength(SteeringCommittee.LeadServiceMaxLength, ErrorMessage = "Le service pilote ne doit pas dépasser {1} caractères.")]
    public string? Lead { get; set; }

    /// <summary>Bound by the add handler only, so that saving the lead service does not validate an empty partner.</summary>
    public PartnerInput Partner { get; set; } = new();

    public sealed class PartnerInput
    {
        [Required(ErrorMessage = "Indiquez le nom du partenaire.")]
        [StringLength(CommitteePartner.NameMaxLength, ErrorMessage = "Le nom ne doit pas dépasser {1} caractères.")]
        public string Name { get; set; } = "";

        [StringLength(CommitteePartner.UrlMaxLength, ErrorMessage = "L’adresse ne doit pas dépasser {1} caractères.")]
        public string? Url { get; set; }

        [StringLength(CommitteePartner.DescriptionMaxLength, ErrorMessage = "La présentation ne doit pas dépasser {1} caractères.")]
        public string? Description { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string code, int? edition)
    {
        if (await LoadAsync(code, edition) is { } refused) return refused;
        Lead = LeadService;
        return Page();
    }

    public async Task<IActionResult> OnPostLeadAsync(string code, int? edition)
    {
        if (await LoadAsync(code, edition) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var committee = await CommitteeAsync();
        committee.LeadService = string.IsNullOrWhiteSpace(Lead) ? null : Lead.Trim();
        audit.Record(AuditObjects.Committee, Key, "a changé le service pilote", committee.LeadService ?? "(aucun)");
        return await SaveAsync("Le service pilote est enregistré.");
    }

    public async Task<IActionResult> OnPostAddAsync(string code, int? edition)
    {
        if (await LoadAsync(code, edition) is { } refused) return refused;
        await TryUpdateModelAsync(Partner, nameof(Partner));
        var url = Partner.Url?.Trim();
        if (!string.IsNullOrEmpty(url) && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            ModelState.AddModelError("Partner.Url", "L’adresse doit être celle d’un site, commençant par https:// (exemple : https://www.gers.gouv.fr).");
        if (!ModelState.IsValid) { Lead = LeadService; return Page(); }
        var committee = await CommitteeAsync();
        var order = committee.Partners.Select(p => p.SortOrder).DefaultIfEmpty(0).Max();
        committee.Partners.Add(new CommitteePartner
        {
            Name = Partner.Name.Trim(), Url = string.IsNullOrEmpty(url) ? null : url,
            Description = string.IsNullOrWhiteSpace(Partner.Description) ? null : Partner.Description.Trim(), SortOrder = order + 1,
        });
        audit.Record(AuditObjects.Committee, Key, "a ajouté un partenaire", Partner.Name.Trim());
        return await SaveAsync($"« {Partner.Name.Trim()} » est ajouté aux partenaires.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int? edition, int partner)
    {
        if (await LoadAsync(code, edition) is { } refused) return refused;
        var committee = await CommitteeAsync();
        if (committee.Partners.FirstOrDefault(p => p.Id == partner) is not { } removed) return NotFound();
        committee.Partners.Remove(removed);
        audit.Record(AuditObjects.Committee, Key, "a retiré un partenaire", removed.Name);
        return await SaveAsync($"« {removed.Name} » n’est plus parmi les partenaires.");
    }

    private string Key => $"{Edition.Year}/{Department.Code}";

    private async Task<SteeringCommittee> CommitteeAsync() =>
        await db.SteeringCommittees.Include(c => c.Partners).FirstOrDefaultAsync(c => c.EditionId == Edition.Id && c.DepartmentCode == Department.Code)
        ?? db.SteeringCommittees.Add(new SteeringCommittee { EditionId = Edition.Id, DepartmentCode = Department.Code }).Entity;

    private async Task<IActionResult> SaveAsync(string message)
    {
        try
        {
            await db.SaveChangesAsync();
            TempData["Message"] = message;
        }
        catch (DbUpdateException)
        {
            // Two people created the committee at the same moment: the unique index kept one; nothing is lost but this step.
            TempData["Problem"] = "Le comité vient d’être modifié par quelqu’un d’autre : vérifiez et recommencez.";
        }
        return RedirectToPage(new { code = Department.Code, edition = Edition.Year });
    }

    private async Task<IActionResult?> LoadAsync(string code, int? edition)
    {
        if (await lists.DepartmentAsync(code.ToUpperInvariant()) is not { } department) return NotFound();
        if (!(await access.ReviewScopeAsync()).Covers(department.Code)) return Forbid();
        if (await Committees.EditionAsync(db, edition) is not { } found) return NotFound();
        Department = department;
        Edition = found;
        (LeadService, Partners) = await Committees.OfAsync(db, found.Id, department.Code);
        Reviewers = await Committees.ReviewersAsync(db, department.Code);
        return null;
    }
}
