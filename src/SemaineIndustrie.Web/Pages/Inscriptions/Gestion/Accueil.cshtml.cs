using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Registrations;

namespace SemaineIndustrie.Web.Pages.Inscriptions.Gestion;

/// <summary>The check-in on the day, on a phone at the door: who is expected, who has come; the organisation's members only.</summary>
[Authorize]
public sealed class AccueilModel(AppDbContext db, RegistrationAccess access, TimeProvider clock) : PageModel
{
    public SessionOwner Session { get; private set; } = null!;
    public List<RegistrationRow> Expected { get; private set; } = [];
    /// <summary>The name or establishment looked for.</summary>
    public string? Query { get; private set; }

    public async Task<IActionResult> OnGetAsync(int sessionId, string? q, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, ct) is { } refused) return refused;
        Query = q?.Trim();
        if (!string.IsNullOrEmpty(Query))
            Expected = Expected.Where(r => r.Who.Contains(Query, StringComparison.CurrentCultureIgnoreCase)).ToList();
        return Page();
    }

    /// <summary>Marks a registration as come (or not, to undo a mistake).</summary>
    public async Task<IActionResult> OnPostAsync(int sessionId, int registrationId, bool arrived, string? q, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, ct) is { } refused) return refused;
        DateTime? at = arrived ? clock.GetUtcNow().UtcDateTime : null;
        await db.Registrations.Where(r => r.Id == registrationId && r.SessionId == sessionId && r.Status == RegistrationStatus.Confirmed)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.CheckedInAtUtc, at), ct);
        return Redirect($"/inscriptions/gestion/creneau/{sessionId}/accueil{(string.IsNullOrEmpty(q) ? "" : $"?q={Uri.EscapeDataString(q)}")}#inscription-{registrationId}");
    }

    public int Places(bool arrived) => Expected.Where(r => (r.CheckedInAtUtc is not null) == arrived).Sum(r => r.Places);

    private async Task<IActionResult?> LoadAsync(int sessionId, CancellationToken ct)
    {
        if (await access.SessionAsync(sessionId, ct) is not { } session) return NotFound();
        if (!(await access.RightsAsync(session.OrganisationId, session.DepartmentCode, ct)).CanAct) return Forbid();
        Session = session;
        Expected = (await RegistrationRow.OfSessionAsync(db, sessionId, ct)).Where(r => r.Status == RegistrationStatus.Confirmed).ToList();
        Response.Headers.CacheControl = "no-store";
        return null;
    }
}
