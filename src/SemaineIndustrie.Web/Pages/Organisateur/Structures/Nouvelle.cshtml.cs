using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Organiser;

namespace SemaineIndustrie.Web.Pages.Organisateur.Structures;

/// <summary>Declares an organisation; the person who declares it becomes its first member.</summary>
[Authorize]
public sealed class NouvelleModel(AppDbContext db, Access access, CommuneIndex communes, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public static readonly (OrganisationKind Kind, string Label)[] Kinds =
    [
        (OrganisationKind.Company, "Entreprise"), (OrganisationKind.TrainingEstablishment, "Établissement d’enseignement ou de formation"),
        (OrganisationKind.EmploymentService, "Service de l’emploi (France Travail, mission locale…)"), (OrganisationKind.Chamber, "Chambre consulaire"),
        (OrganisationKind.ProfessionalFederation, "Fédération ou syndicat professionnel"), (OrganisationKind.LocalAuthority, "Collectivité territoriale"),
        (OrganisationKind.StateService, "Service de l’État"), (OrganisationKind.Association, "Association"), (OrganisationKind.Other, "Autre"),
    ];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Indiquez le nom de la structure.")]
        [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser {1} caractères.")]
        public string Name { get; set; } = "";
        public OrganisationKind Kind { get; set; } = OrganisationKind.Company;
        [StringLength(20, ErrorMessage = "Le SIRET compte 14 chiffres.")]
        public string? Siret { get; set; }
        [Required(ErrorMessage = "Indiquez la commune de la structure.")]
        public string Commune { get; set; } = "";
        [StringLength(300, ErrorMessage = "L’adresse ne doit pas dépasser {1} caractères.")]
        public string? Address { get; set; }
        [StringLength(500, ErrorMessage = "L’adresse ne doit pas dépasser {1} caractères.")]
        public string? Website { get; set; }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrWhiteSpace(Input.Siret) && !Siret.IsValid(Input.Siret))
            ModelState.AddModelError("Input.Siret", "Ce numéro SIRET n’est pas valide : vérifiez les 14 chiffres (le dernier est une clé de contrôle).");
        if (!EventRules.IsWebAddress(Input.Website))
            ModelState.AddModelError("Input.Website", "L’adresse doit commencer par https:// (exemple : https://www.exemple.fr).");
        var match = string.IsNullOrWhiteSpace(Input.Commune) ? null : await communes.ResolveAsync(Input.Commune);
        if (!string.IsNullOrWhiteSpace(Input.Commune) && match?.CommuneCodes.Count != 1)
            ModelState.AddModelError("Input.Commune", "Commune introuvable : saisissez son nom ou son code postal, puis choisissez-la dans la liste.");
        if (!ModelState.IsValid) return Page();

        var commune = (await communes.ByCodeAsync(match!.CommuneCodes[0]))!;
        var organisation = new Organisation
        {
            Name = Input.Name.Trim(), Kind = Input.Kind, Siret = string.IsNullOrWhiteSpace(Input.Siret) ? null : Siret.Normalise(Input.Siret),
            CommuneCode = commune.InseeCode, PostalCode = commune.MainPostalCode, Address = Input.Address?.Trim(), Website = Input.Website?.Trim(),
        };
        db.Organisations.Add(organisation);
        db.OrganisationMembers.Add(new OrganisationMember { Organisation = organisation, UserId = access.UserId!, JoinedAtUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        TempData["Message"] = $"La structure « {organisation.Name} » est déclarée : vous pouvez proposer ses événements.";
        return RedirectToPage("/Organisateur/Structures/Details", new { id = organisation.Id });
    }
}
