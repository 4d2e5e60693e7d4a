using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Registrations;

namespace SemaineIndustrie.Web.Pages.Inscriptions;

/// <summary>
/// A registrant's private page, opened by the link of their mails: what they registered, their place on the waiting
/// list, and the cancellation that erases their personal data. The token never leaves the page (no referrer, no cache).
/// </summary>
public sealed class InscriptionModel(AppDbContext db, RegistrationChanges changes) : PageModel
{
    public MailFacts Registration { get; private set; } = null!;
    public int? WaitlistPosition { get; private set; }
    /// <summary>Just registered: the confirmation is shown once, right after the form.</summary>
    public bool IsNew { get; private set; }
    /// <summary>The registrant asked to cancel: the confirmation step.</summary>
    public bool AsksToCancel { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, int nouvelle, int annuler, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return NotFound();
        IsNew = nouvelle == 1;
        AsksToCancel = annuler == 1 && Registration.Status != RegistrationStatus.Cancelled;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string token, CancellationToken ct)
    {
        if (await changes.RegistrationIdAsync(token, ct) is not { } id) return NotFound();
        await changes.CancelAsync(id, ct);
        return Redirect($"/inscriptions/{token}");
    }

    private async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex";
        if (await changes.RegistrationIdAsync(token, ct) is not { } id || await MailFacts.ReadAsync(db, id, ct) is not { } registration)
            return false;
        Registration = registration;
        if (registration.Status == RegistrationStatus.Waitlisted) WaitlistPosition = await registration.WaitlistPositionAsync(db, ct);
        return true;
    }
}
