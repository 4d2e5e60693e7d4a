using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Administration;

namespace SemaineIndustrie.Web.Pages.Admin.Editions;

/// <summary>The editions, newest first, and the steps of their life: open and close submissions, archive.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class IndexModel(AppDbContext db, AuditLog audit) : PageModel
{
    public sealed record Row(int Year, int? Number, DateOnly? WeekStart, DateOnly? WeekEnd, DateOnly? Deadline, string? Theme,
        EditionStatus Status, int Events);

    public IReadOnlyList<Row> Editions { get; private set; } = [];

    public async Task OnGetAsync() =>
        Editions = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year)
            .Select(e => new Row(e.Year, e.Number, e.WeekStart, e.WeekEnd, e.SubmissionDeadline, e.Theme, e.Status,
                db.Events.Count(ev => ev.EditionId == e.Id)))
            .ToListAsync();

    public Task<IActionResult> OnPostOpenAsync(int annee) => ChangeAsync(annee, EditionStatus.Open);
    public Task<IActionResult> OnPostCloseAsync(int annee) => ChangeAsync(annee, EditionStatus.Closed);
    public Task<IActionResult> OnPostArchiveAsync(int annee) => ChangeAsync(annee, EditionStatus.Archived);

    private async Task<IActionResult> ChangeAsync(int year, EditionStatus to)
    {
        if (await db.Editions.FirstOrDefaultAsync(e => e.Year == year) is not { } edition) return NotFound();
        var problem = EditionSteps.Refusal(edition, to);
        if (problem is null && to == EditionStatus.Open
            && await db.Editions.Where(e => e.Status == EditionStatus.Open && e.Id != edition.Id).Select(e => (int?)e.Year).FirstOrDefaultAsync() is { } open)
            problem = $"L’édition {open} est encore ouverte aux soumissions : fermez-la avant d’ouvrir l’édition {year}.";
        if (problem is not null)
        {
            TempData["Problem"] = problem;
            return RedirectToPage();
        }
        edition.Status = to;
        audit.Record(AuditObjects.Edition, year.ToString(), EditionSteps.Action(to));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another administrator changed an edition at the same moment: the unique index on the open edition, or the
            // status read here, no longer holds.
            TempData["Problem"] = $"L’état des éditions vient de changer : rien n’a été fait pour l’édition {year}. Vérifiez et recommencez.";
            return RedirectToPage();
        }
        TempData["Message"] = $"Édition {year} : {EditionSteps.Label(to)}.";
        return RedirectToPage();
    }
}

/// <summary>Which status follows which, in the words the administrators read (ADR 0009).</summary>
public static class EditionSteps
{
    public static string Label(EditionStatus status) => status switch
    {
        EditionStatus.Preparing => "en préparation",
        EditionStatus.Open => "soumissions ouvertes",
        EditionStatus.Closed => "soumissions fermées",
        _ => "archivée",
    };

    public static string Badge(EditionStatus status) => status switch
    {
        EditionStatus.Preparing => "fr-badge--info",
        EditionStatus.Open => "fr-badge--success",
        EditionStatus.Closed => "fr-badge--warning",
        _ => "",
    };

    public static string Action(EditionStatus to) => to switch
    {
        EditionStatus.Open => "a ouvert les soumissions",
        EditionStatus.Closed => "a fermé les soumissions",
        _ => "a archivé l’édition",
    };

    /// <summary>Why the edition cannot move to <paramref name="to"/>, or null when it can.</summary>
    public static string? Refusal(Edition edition, EditionStatus to) => (edition.Status, to) switch
    {
        (EditionStatus.Preparing or EditionStatus.Closed, EditionStatus.Open) when edition.WeekStart is null || edition.WeekEnd is null =>
            $"Indiquez les dates de la semaine {edition.Year} avant d’ouvrir les soumissions.",
        (EditionStatus.Preparing or EditionStatus.Closed, EditionStatus.Open) => null,
        (EditionStatus.Open, EditionStatus.Closed) => null,
        (EditionStatus.Closed, EditionStatus.Archived) => null,
        (EditionStatus.Open, EditionStatus.Archived) => $"Fermez les soumissions de l’édition {edition.Year} avant de l’archiver.",
        _ => $"L’édition {edition.Year} est {Label(edition.Status)} : elle ne peut pas passer à l’état « {Label(to)} ».",
    };
}
