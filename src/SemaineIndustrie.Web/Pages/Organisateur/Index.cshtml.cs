using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Organiser;

namespace SemaineIndustrie.Web.Pages.Organisateur;

/// <summary>Every event of the person's organisations, all editions, with its state; past ones can be reconducted.</summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, Access access) : PageModel
{
    public sealed record Row(int Id, string Title, int Year, bool OpenEdition, string Organisation, EventStatus Status, DateTime? StartsAtUtc, string TimeZoneId, DateOnly? DueOn);

    public IReadOnlyList<Row> Events { get; private set; } = [];
    public bool HasOrganisation { get; private set; }
    public int? OpenYear { get; private set; }

    public async Task OnGetAsync()
    {
        var mine = await access.OrganisationIdsAsync();
        HasOrganisation = mine.Count > 0;
        OpenYear = await db.Editions.Where(e => e.Status == EditionStatus.Open).OrderByDescending(e => e.Year).Select(e => (int?)e.Year).FirstOrDefaultAsync();
        Events = await db.Events.AsNoTracking().Where(e => mine.Contains(e.OrganisationId))
            .OrderByDescending(e => e.Edition!.Year).ThenByDescending(e => e.UpdatedAtUtc)
            .Select(e => new Row(e.Id, e.Title, e.Edition!.Year, e.Edition.Status == EditionStatus.Open, e.Organisation!.Name, e.Status,
                e.StartsAtUtc, e.Department!.TimeZoneId, e.ReviewDueOn))
            .Take(500).ToListAsync();
    }

    public async Task<IActionResult> OnPostReconduireAsync(int id)
    {
        var mine = await access.OrganisationIdsAsync();
        var past = await db.Events.AsNoTracking().Include(e => e.Sessions).Include(e => e.Sectors).Include(e => e.Audiences).Include(e => e.Edition)
            .FirstOrDefaultAsync(e => e.Id == id && mine.Contains(e.OrganisationId));
        if (past is null) return NotFound();
        if (await db.Editions.Where(e => e.Status == EditionStatus.Open).OrderByDescending(e => e.Year).FirstOrDefaultAsync() is not { } open || open.Id == past.EditionId)
        {
            TempData["Problem"] = "Seul un événement d’une édition passée peut être reconduit dans l’édition ouverte.";
            return RedirectToPage();
        }
        var copy = Reconduction.Copy(past, past.Edition!, open);
        db.AttachRange(copy.Sectors);
        db.AttachRange(copy.Audiences);
        db.Events.Add(copy);
        await db.SaveChangesAsync();
        TempData["Message"] = $"L’événement est reconduit dans l’édition {open.Year} : vérifiez les dates et les informations, puis soumettez-le.";
        return RedirectToPage("/Organisateur/Evenements/Modifier", new { id = copy.Id });
    }
}
