using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Labelling;

namespace SemaineIndustrie.Web.Pages.Comite;

/// <summary>
/// Reviewing one submission: what the organiser wrote, the four criteria, the decision with its message, and the
/// history. Events outside the reviewer's departments do not exist here (404), for pages and posts alike.
/// </summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class EvenementModel(AppDbContext db, Access access, LabellingService labelling, TimeProvider clock, ReferenceLists lists) : PageModel
{
    public Event Event { get; private set; } = null!;
    public Criteria Criteria { get; private set; } = null!;
    public IReadOnlyList<HistoryLine> History { get; private set; } = [];
    public string TimeZoneId { get; private set; } = "Europe/Paris";
    public string KindLabel { get; private set; } = "";
    public bool IsLate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostLabelAsync(int id, bool audiences, bool industry) =>
        audiences && industry ? DecideAsync(id, DecisionKind.Labelled, null)
        : Refuse(id, "Cochez les deux conditions que le comité apprécie avant de labelliser.");

    public Task<IActionResult> OnPostRequestChangesAsync(int id, string? message) => DecideAsync(id, DecisionKind.ChangesRequested, message);

    public Task<IActionResult> OnPostRefuseAsync(int id, string? message) => DecideAsync(id, DecisionKind.Refused, message);

    public Task<IActionResult> OnPostFeatureAsync(int id, bool featured) => DecideAsync(id, featured ? DecisionKind.Featured : DecisionKind.Unfeatured, null);

    private async Task<IActionResult> Refuse(int id, string problem)
    {
        if (!await LoadAsync(id)) return NotFound();
        TempData["Problem"] = problem;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> DecideAsync(int id, DecisionKind kind, string? message)
    {
        if (message?.Length > Decision.MessageMaxLength) return await Refuse(id, $"Le message ne doit pas dépasser {Decision.MessageMaxLength} caractères.");
        try
        {
            await labelling.DecideAsync([id], kind, message);
            TempData["Message"] = $"Événement {StatusLabels.Of(kind)}.";
        }
        catch (KeyNotFoundException) { return NotFound(); }
        catch (LabellingRuleException e) { TempData["Problem"] = e.Message; }
        catch (DbUpdateConcurrencyException) { TempData["Problem"] = "L’événement a changé entre-temps : rechargez la page avant de décider."; }
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var scope = await access.ReviewScopeAsync();
        var e = await db.Events.AsNoTracking().Include(x => x.Sessions).Include(x => x.Edition).Include(x => x.Organisation)
            .Include(x => x.Audiences).Include(x => x.Sectors).Include(x => x.Commune).FirstOrDefaultAsync(x => x.Id == id);
        if (e is null || !scope.Covers(e.DepartmentCode)) return false;
        Event = e;
        TimeZoneId = (await lists.DepartmentAsync(e.DepartmentCode))?.TimeZoneId ?? "Europe/Paris";
        KindLabel = (await lists.KindsAsync()).FirstOrDefault(k => k.Code == e.KindCode)?.Label ?? e.KindCode;
        Criteria = Criteria.Of(e.Edition!, e.Sessions.Select(s => s.StartsAtUtc), e.Sessions.Select(s => s.EndsAtUtc), e.IsFree, TimeZoneId);
        IsLate = e.Status == EventStatus.Submitted && Criteria.IsLate(e.ReviewDueOn, clock.GetUtcNow().UtcDateTime);
        History = await HistoryLine.OfAsync(db, id);
        return true;
    }
}
