using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure.Caching;
using SemaineIndustrie.Web.Registrations;

namespace SemaineIndustrie.Web.Pages.Inscriptions.Gestion;

/// <summary>
/// A session's registrations for its organiser (and, to read, the reviewers of its territory): the list, the
/// spreadsheet, closing registrations, a new capacity (which serves the waiting list), a message to the registrants.
/// </summary>
[Authorize]
public sealed class CreneauModel(
    AppDbContext db, RegistrationAccess access, RegistrationChanges changes, RegistrationMails mails, CatalogueChangeInterceptor catalogue) : PageModel
{
    public SessionOwner Session { get; private set; } = null!;
    public RegistrationRights Rights { get; private set; } = null!;
    public List<RegistrationRow> Rows { get; private set; } = [];
    [BindProperty] public MessageInput Message { get; set; } = new();

    public sealed class MessageInput
    {
        [Required(ErrorMessage = "Indiquez l’objet du message.")]
        [StringLength(120, ErrorMessage = "L’objet ne doit pas dépasser {1} caractères.")]
        public string Subject { get; set; } = "";

        [Required(ErrorMessage = "Écrivez le message.")]
        [StringLength(4000, ErrorMessage = "Le message ne doit pas dépasser {1} caractères.")]
        public string Body { get; set; } = "";

        /// <summary>Also to those on the waiting list.</summary>
        public bool Waitlist { get; set; }
    }

    public int Confirmed(Func<RegistrationRow, int> count) => Rows.Where(r => r.Status == RegistrationStatus.Confirmed).Sum(count);

    public async Task<IActionResult> OnGetAsync(int sessionId, CancellationToken ct) =>
        await LoadAsync(sessionId, act: false, ct) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(int sessionId, CancellationToken ct) =>
        await LoadAsync(sessionId, act: false, ct)
        ?? File(RegistrationsCsv.Write(Rows, Session.TimeZoneId), "text/csv; charset=utf-8", RegistrationsCsv.FileName(sessionId, Session.StartsAtUtc, Session.TimeZoneId));

    public async Task<IActionResult> OnPostCloseAsync(int sessionId, bool closed, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, act: true, ct) is { } refused) return refused;
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RegistrationsClosed, closed), ct);
        await catalogue.NotifyAsync(ct); // the event page says so
        return Done(closed ? "Les inscriptions sont closes : le formulaire ne prend plus de demande." : "Les inscriptions sont rouvertes.");
    }

    public async Task<IActionResult> OnPostCapacityAsync(int sessionId, int capacity, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, act: true, ct) is { } refused) return refused;
        if (capacity < 1 || !await changes.ChangeCapacityAsync(sessionId, capacity, ct))
        {
            ModelState.AddModelError("capacity", $"La capacité doit être d’au moins {Math.Max(1, Session.PlacesTaken)} : c’est le nombre de places déjà confirmées.");
            return Page();
        }
        return Done($"La capacité est de {capacity} places ; la liste d’attente a été servie.");
    }

    /// <summary>The most places one person may book in one registration; empty for the platform's default (10).</summary>
    public async Task<IActionResult> OnPostLimitAsync(int sessionId, string? maxPerPerson, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, act: true, ct) is { } refused) return refused;
        int? limit = null;
        if (!string.IsNullOrWhiteSpace(maxPerPerson))
        {
            if (!int.TryParse(maxPerPerson, out var n) || n < 1 || n > (Session.Capacity ?? 0))
            {
                ModelState.AddModelError("maxPerPerson", $"Indiquez un nombre de 1 à {Session.Capacity}, ou laissez vide pour {Data.Events.Session.DefaultMaxPlacesPerPerson}.");
                return Page();
            }
            limit = n;
        }
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.MaxPlacesPerPerson, limit), ct);
        return Done($"Une personne peut réserver jusqu’à {Data.Events.Session.MaxPlacesFor(limit, Session.Capacity)} places.");
    }

    public async Task<IActionResult> OnPostWriteAsync(int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(sessionId, act: true, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var to = Rows.Where(r => r.Email is not null && (r.Status == RegistrationStatus.Confirmed || Message.Waitlist && r.Status == RegistrationStatus.Waitlisted))
            .Select(r => r.Id).ToList();
        var sent = await mails.FromOrganiserAsync(to, Message.Subject.Trim(), Message.Body.Trim(), ct);
        return Done($"Message envoyé à {RegistrationRequest.Plural(sent, "personne")}.");
    }

    private RedirectResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect($"/inscriptions/gestion/creneau/{Session.SessionId}");
    }

    /// <summary>Null when the person may go on; otherwise the answer (404, 403).</summary>
    private async Task<IActionResult?> LoadAsync(int sessionId, bool act, CancellationToken ct)
    {
        if (await access.SessionAsync(sessionId, ct) is not { } session) return NotFound();
        Session = session;
        Rights = await access.RightsAsync(session.OrganisationId, session.DepartmentCode, ct);
        if (!Rights.CanSee || act && !Rights.CanAct) return Forbid();
        Rows = await RegistrationRow.OfSessionAsync(db, sessionId, ct);
        Response.Headers.CacheControl = "no-store";
        return null;
    }
}
