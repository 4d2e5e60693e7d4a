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

/// <summary>A reviewer's queue: the submissions of their departments, oldest first, with their due dates; several labelled at once.</summary>
[Authorize(Policy = Policies.Reviewer)]
public sealed class IndexModel(AppDbContext db, Access access, LabellingService labelling, TimeProvider clock, ReferenceLists lists) : PageModel
{
    public sealed record Row(int Id, string Title, string Organisation, string DepartmentCode, string KindCode, EventStatus Status,
        DateTime? SubmittedAtUtc, DateOnly? DueOn, bool IsFeatured)
    {
        public bool IsLate(DateTime nowUtc) => Status == EventStatus.Submitted && Criteria.IsLate(DueOn, nowUtc);
    }

    [BindProperty(SupportsGet = true, Name = "departement")] public string? Department { get; set; }
    [BindProperty(SupportsGet = true, Name = "etat")] public EventStatus Status { get; set; } = EventStatus.Submitted;
    [BindProperty(SupportsGet = true, Name = "type")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "retard")] public bool LateOnly { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public IReadOnlyList<Choice> Kinds { get; private set; } = [];
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync()
    {
        var scope = await access.ReviewScopeAsync();
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Departments = (await lists.DepartmentsAsync()).Where(d => scope.Covers(d.Code)).ToList();
        Kinds = await lists.KindsAsync();
        var mine = Departments.Select(d => d.Code).ToList();
        var query = db.Events.AsNoTracking().Where(e => e.Status == Status && e.Edition!.Status == Data.Editions.EditionStatus.Open);
        if (!scope.IsAdministrator || Department is not null)
            query = Department is not null && mine.Contains(Department) ? query.Where(e => e.DepartmentCode == Department) : query.Where(e => mine.Contains(e.DepartmentCode));
        if (!string.IsNullOrEmpty(Kind)) query = query.Where(e => e.KindCode == Kind);
        if (LateOnly)
        {
            var today = DateOnly.FromDateTime(FrenchTime.ToLocal(NowUtc, "Europe/Paris"));
            query = query.Where(e => e.ReviewDueOn < today);
        }
        Rows = await query.OrderBy(e => e.SubmittedAtUtc).ThenBy(e => e.Id).Take(500)
            .Select(e => new Row(e.Id, e.Title, e.Organisation!.Name, e.DepartmentCode, e.KindCode, e.Status, e.SubmittedAtUtc, e.ReviewDueOn, e.IsFeatured))
            .ToListAsync();
    }

    public async Task<IActionResult> OnPostLabelAsync(int[] ids)
    {
        if (ids.Length == 0) { TempData["Problem"] = "Cochez au moins un événement."; return RedirectToPage(); }
        try
        {
            var count = await labelling.DecideAsync(ids.Distinct().ToList(), DecisionKind.Labelled, null);
            TempData["Message"] = count == 1 ? "1 événement labellisé." : $"{count} événements labellisés.";
        }
        catch (KeyNotFoundException) { return NotFound(); }
        catch (LabellingRuleException e) { TempData["Problem"] = e.Message; }
        catch (DbUpdateConcurrencyException) { TempData["Problem"] = "Un des événements a changé entre-temps : rien n’a été labellisé, rechargez la page."; }
        return RedirectToPage();
    }
}
