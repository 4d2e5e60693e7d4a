using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Administration;

namespace SemaineIndustrie.Web.Pages.Admin.Editions;

/// <summary>Creates an edition (/admin/editions/nouvelle) or configures one (/admin/editions/2027/modifier).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class EditionModel(AppDbContext db, AuditLog audit) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public Edition? Existing { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Indiquez l’année de l’édition.")]
        [Range(2011, 2100, ErrorMessage = "L’année doit être comprise entre {1} et {2}.")]
        public int? Year { get; set; }

        [Range(1, 200, ErrorMessage = "Le numéro doit être compris entre {1} et {2}.")]
        public int? Number { get; set; }

        [Required(ErrorMessage = "Indiquez le premier jour de la semaine.")]
        public DateOnly? WeekStart { get; set; }

        [Required(ErrorMessage = "Indiquez le dernier jour de la semaine.")]
        public DateOnly? WeekEnd { get; set; }

        [Range(0, 60, ErrorMessage = "La tolérance doit être comprise entre {1} et {2} jours.")]
        public int ToleranceDaysBefore { get; set; } = 15;

        [Range(0, 60, ErrorMessage = "La tolérance doit être comprise entre {1} et {2} jours.")]
        public int ToleranceDaysAfter { get; set; } = 15;

        public DateOnly? SubmissionOpensOn { get; set; }
        public DateOnly? SubmissionDeadline { get; set; }

        [StringLength(200, ErrorMessage = "Le thème ne doit pas dépasser {1} caractères.")]
        public string? Theme { get; set; }

        [StringLength(2000, ErrorMessage = "Les sous-thèmes ne doivent pas dépasser {1} caractères en tout.")]
        public string? SubThemes { get; set; }

        [Range(30, 1095, ErrorMessage = "La durée de conservation doit être comprise entre {1} et {2} jours.")]
        public int PersonalDataRetentionDays { get; set; } = 180;
    }

    public async Task<IActionResult> OnGetAsync(int? annee)
    {
        if (annee is null) return Page();
        if (await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Year == annee) is not { } edition) return NotFound();
        Existing = edition;
        Input = new InputModel
        {
            Year = edition.Year, Number = edition.Number, WeekStart = edition.WeekStart, WeekEnd = edition.WeekEnd,
            ToleranceDaysBefore = edition.ToleranceDaysBefore, ToleranceDaysAfter = edition.ToleranceDaysAfter,
            SubmissionOpensOn = edition.SubmissionOpensOn, SubmissionDeadline = edition.SubmissionDeadline,
            Theme = edition.Theme, SubThemes = string.Join("\n", edition.SubThemes),
            PersonalDataRetentionDays = edition.PersonalDataRetentionDays,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? annee)
    {
        if (annee is not null)
        {
            Existing = await db.Editions.FirstOrDefaultAsync(e => e.Year == annee);
            if (Existing is null) return NotFound();
            Input.Year = Existing.Year; // the year names the edition in addresses; it is not changed
            ModelState.Remove("Input.Year");
        }
        Validate();
        if (Existing is null && Input.Year is { } year && await db.Editions.AnyAsync(e => e.Year == year))
            ModelState.AddModelError("Input.Year", $"L’édition {year} existe déjà : modifiez-la plutôt que d’en créer une autre.");
        if (!ModelState.IsValid) return Page();

        var edition = Existing ?? db.Editions.Add(new Edition { Year = Input.Year!.Value, Status = EditionStatus.Preparing }).Entity;
        edition.Number = Input.Number;
        edition.WeekStart = Input.WeekStart;
        edition.WeekEnd = Input.WeekEnd;
        edition.ToleranceDaysBefore = Input.ToleranceDaysBefore;
        edition.ToleranceDaysAfter = Input.ToleranceDaysAfter;
        edition.SubmissionOpensOn = Input.SubmissionOpensOn;
        edition.SubmissionDeadline = Input.SubmissionDeadline;
        edition.Theme = string.IsNullOrWhiteSpace(Input.Theme) ? null : Input.Theme.Trim();
        edition.SubThemes = SplitLines(Input.SubThemes);
        edition.PersonalDataRetentionDays = Input.PersonalDataRetentionDays;
        var changes = Existing is null ? null : string.Join(", ", db.Entry(edition).Properties.Where(p => p.IsModified)
            .Select(p => FieldNames.GetValueOrDefault(p.Metadata.Name, p.Metadata.Name)));
        audit.Record(AuditObjects.Edition, edition.Year.ToString(), Existing is null ? "a créé l’édition" : "a modifié l’édition",
            changes is { Length: > 0 } ? $"Champs modifiés : {changes}" : null);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException) when (Existing is null)
        {
            ModelState.AddModelError("Input.Year", $"L’édition {edition.Year} existe déjà : modifiez-la plutôt que d’en créer une autre.");
            return Page();
        }
        TempData["Message"] = Existing is null ? $"L’édition {edition.Year} est créée, en préparation." : $"L’édition {edition.Year} est enregistrée.";
        return RedirectToPage("/Admin/Editions/Index");
    }

    private static readonly Dictionary<string, string> FieldNames = new()
    {
        [nameof(Edition.Number)] = "numéro", [nameof(Edition.WeekStart)] = "début de la semaine", [nameof(Edition.WeekEnd)] = "fin de la semaine",
        [nameof(Edition.ToleranceDaysBefore)] = "tolérance avant", [nameof(Edition.ToleranceDaysAfter)] = "tolérance après",
        [nameof(Edition.SubmissionOpensOn)] = "ouverture des soumissions", [nameof(Edition.SubmissionDeadline)] = "date limite",
        [nameof(Edition.Theme)] = "thème", [nameof(Edition.SubThemes)] = "sous-thèmes",
        [nameof(Edition.PersonalDataRetentionDays)] = "conservation des données",
    };

    private void Validate()
    {
        if (Input.WeekStart is { } start && Input.WeekEnd is { } end)
        {
            if (end < start) ModelState.AddModelError("Input.WeekEnd", "Le dernier jour de la semaine doit suivre le premier.");
            else if (end.DayNumber - start.DayNumber > 13) ModelState.AddModelError("Input.WeekEnd", "La semaine ne peut pas durer plus de quatorze jours.");
        }
        if (Input.WeekStart is { } first && Input.Year is { } year && first.Year != year)
            ModelState.AddModelError("Input.WeekStart", $"La semaine de l’édition {year} doit commencer en {year}.");
        if (Input.SubmissionDeadline is { } deadline && Input.WeekStart is { } weekStart && deadline >= weekStart)
            ModelState.AddModelError("Input.SubmissionDeadline", "La date limite des soumissions doit précéder la semaine.");
        if (Input.SubmissionOpensOn is { } opens && Input.SubmissionDeadline is { } last && opens > last)
            ModelState.AddModelError("Input.SubmissionOpensOn", "L’ouverture des soumissions doit précéder la date limite.");
        if (SplitLines(Input.SubThemes).Any(t => t.Length > 150))
            ModelState.AddModelError("Input.SubThemes", "Chaque sous-thème doit tenir en 150 caractères.");
    }

    private static List<string> SplitLines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
}
