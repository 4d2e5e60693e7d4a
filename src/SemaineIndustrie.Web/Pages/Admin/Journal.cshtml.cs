using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Administration;

namespace SemaineIndustrie.Web.Pages.Admin;

/// <summary>The audit log: who did what, when, on what; narrowed by person, kind of object and dates (Paris days).</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class JournalModel(AppDbContext db) : PageModel
{
    public const int PageSize = 100;

    public sealed record Line(DateTime AtUtc, string Actor, string ObjectKind, string ObjectKey, string Action, string? Details);

    [BindProperty(SupportsGet = true, Name = "personne")] public string? Person { get; set; }
    [BindProperty(SupportsGet = true, Name = "objet")] public string? ObjectKind { get; set; }
    [BindProperty(SupportsGet = true, Name = "du")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "au")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "n")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public bool More { get; private set; }

    public async Task OnGetAsync()
    {
        if (From is { } f && To is { } t && t < f)
            ModelState.AddModelError("au", "La date de fin doit suivre la date de début.");
        PageNumber = Math.Clamp(PageNumber, 1, 10_000);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Person))
        {
            var upper = Person.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.ActorName.ToUpper().Contains(upper)
                || db.Users.Any(u => u.Id == e.UserId && u.NormalizedEmail!.Contains(upper)));
        }
        if (AuditObjects.All.Any(a => a.Kind == ObjectKind)) entries = entries.Where(e => e.ObjectKind == ObjectKind);
        if (From is { } from) { var start = FrenchTime.StartOfDayUtc(from); entries = entries.Where(e => e.AtUtc >= start); }
        if (To is { } to) { var end = FrenchTime.StartOfDayUtc(to.AddDays(1)); entries = entries.Where(e => e.AtUtc < end); }
        var found = await entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new Line(e.AtUtc, e.ActorName, e.ObjectKind, e.ObjectKey, e.Action, e.Details)).ToListAsync();
        More = found.Count > PageSize;
        Lines = found.Take(PageSize).ToList();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["personne"] = Person, ["objet"] = ObjectKind, ["du"] = From?.ToString("yyyy-MM-dd"), ["au"] = To?.ToString("yyyy-MM-dd"), ["n"] = page.ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
