using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.ReferenceLists;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Administration;

namespace SemaineIndustrie.Web.Pages.Admin;

/// <summary>
/// The reference lists (kinds, sectors, audiences, themes): add an entry, rename it, retire it or bring it back.
/// Entries are never deleted, so the events that use one keep it.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class ListesModel(AppDbContext db, AuditLog audit, ReferenceLists lists) : PageModel
{
    public const int LabelMaxLength = 150;

    public sealed record Row(string Code, string Label, bool IsActive, int Events);

    public ReferenceListKind List { get; private set; } = ReferenceListKind.All[0];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    /// <summary>The label typed in the form that failed, by entry code ("" for the new entry).</summary>
    public (string Code, string Label)? Typed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? liste) => await LoadAsync(liste) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string? liste, string? label)
    {
        if (!await LoadAsync(liste)) return NotFound();
        label = label?.Trim() ?? "";
        var code = Demo.French.Slug(label);
        if (LabelProblem(label, null) is { } problem || code.Length == 0 && (problem = "Le libellé doit contenir des lettres ou des chiffres.") is not null)
            return Invalid("", label, problem);
        if (Rows.FirstOrDefault(r => r.Code == code) is { } same)
            return Invalid("", label, $"Une valeur de même code existe déjà : « {same.Label} »{(same.IsActive ? "" : " (retirée : remettez-la en service)")}.");
        var order = await List.Items(db).MaxAsync(i => (int?)i.SortOrder) ?? 0;
        db.Add(List.Create(code, label, order + 1));
        audit.Record(AuditObjects.ReferenceItem, $"{List.Key}/{code}", $"a ajouté {List.OneOf}", $"« {label} »");
        return await SaveAsync($"« {label} » est ajouté à la liste.");
    }

    public async Task<IActionResult> OnPostRenameAsync(string? liste, string code, string? label)
    {
        if (!await LoadAsync(liste)) return NotFound();
        if (await List.Items(db).FirstOrDefaultAsync(i => i.Code == code) is not { } item) return NotFound();
        label = label?.Trim() ?? "";
        if (LabelProblem(label, code) is { } problem) return Invalid(code, label, problem);
        if (item.Label == label) return RedirectToPage(new { liste = List.Key });
        audit.Record(AuditObjects.ReferenceItem, $"{List.Key}/{code}", $"a renommé {List.OneOf}", $"« {item.Label} » devient « {label} »");
        item.Label = label;
        return await SaveAsync($"« {label} » est enregistré.");
    }

    public Task<IActionResult> OnPostRetireAsync(string? liste, string code) => SetActiveAsync(liste, code, false);
    public Task<IActionResult> OnPostRestoreAsync(string? liste, string code) => SetActiveAsync(liste, code, true);

    private async Task<IActionResult> SetActiveAsync(string? liste, string code, bool active)
    {
        if (!await LoadAsync(liste)) return NotFound();
        if (await List.Items(db).FirstOrDefaultAsync(i => i.Code == code) is not { } item) return NotFound();
        if (item.IsActive == active) return RedirectToPage(new { liste = List.Key });
        item.IsActive = active;
        audit.Record(AuditObjects.ReferenceItem, $"{List.Key}/{code}", active ? $"a remis en service {List.OneOf}" : $"a retiré {List.OneOf}", $"« {item.Label} »");
        return await SaveAsync(active
            ? $"« {item.Label} » est de nouveau proposé."
            : $"« {item.Label} » n’est plus proposé ; les événements qui l’ont le gardent.");
    }

    private string? LabelProblem(string label, string? code)
    {
        if (label.Length == 0) return "Indiquez le libellé.";
        if (label.Length > LabelMaxLength) return $"Le libellé ne doit pas dépasser {LabelMaxLength} caractères.";
        if (Rows.FirstOrDefault(r => r.Code != code && string.Equals(r.Label, label, StringComparison.CurrentCultureIgnoreCase)) is { } twin)
            return $"Ce libellé est déjà celui d’une autre valeur{(twin.IsActive ? "" : " (retirée)")}.";
        return null;
    }

    private IActionResult Invalid(string code, string label, string problem)
    {
        ModelState.AddModelError(code.Length == 0 ? "label" : $"label-{code}", problem);
        Typed = (code, label);
        return Page();
    }

    private async Task<IActionResult> SaveAsync(string message)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            TempData["Problem"] = "La liste vient d’être modifiée par quelqu’un d’autre : vérifiez et recommencez.";
            return RedirectToPage(new { liste = List.Key });
        }
        lists.Forget();
        TempData["Message"] = message;
        return RedirectToPage(new { liste = List.Key });
    }

    private async Task<bool> LoadAsync(string? key)
    {
        if (ReferenceListKind.Find(key ?? ReferenceListKind.All[0].Key) is not { } list) return false;
        List = list;
        var used = await list.UsedCodes(db).GroupBy(c => c).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = (await list.Items(db).AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Label)
                .Select(i => new { i.Code, i.Label, i.IsActive }).ToListAsync())
            .Select(i => new Row(i.Code, i.Label, i.IsActive, used.GetValueOrDefault(i.Code))).ToList();
        return true;
    }
}
