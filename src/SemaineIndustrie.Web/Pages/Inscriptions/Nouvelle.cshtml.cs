using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Registrations;
using static SemaineIndustrie.Web.Registrations.RegistrationOutcome;

namespace SemaineIndustrie.Web.Pages.Inscriptions;

/// <summary>
/// The registration form of one session, reached from the event's page (which stays cached for everyone: the form,
/// its antiforgery token and its errors live here). A person, or a group leader for a class: no account needed.
/// </summary>
[EnableRateLimiting(RegistrationsSetup.RateLimitPolicy)]
public sealed class NouvelleModel(AppDbContext db, RegistrationDesk desk, TimeProvider clock, ILogger<NouvelleModel> logger) : PageModel
{
    public const string Group = "groupe";
    public const string Person = "personne";

    [BindProperty] public InputModel Input { get; set; } = new();
    public SessionHeader Header { get; private set; } = null!;
    public SessionFacts Facts { get; private set; } = null!;
    /// <summary>Why the session takes no registration, when it does not.</summary>
    public string? Closed { get; private set; }
    /// <summary>A refusal of the whole request (already registered, too many requests...).</summary>
    public string? Problem { get; private set; }
    public bool IsGroup => Input.Kind == RegistrationKind.Group;

    public sealed class InputModel
    {
        public RegistrationKind Kind { get; set; }
        public string? Name { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }
        public string? Places { get; set; } = "1";
        public string? Establishment { get; set; }
        public string? Uai { get; set; }
        public string? Level { get; set; }
        public string? Pupils { get; set; }
        public string? Adults { get; set; }
        /// <summary>The honeypot: hidden from people, filled in by robots.</summary>
        public string? Website { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int sessionId, string? pour, CancellationToken ct)
    {
        if (!await LoadAsync(sessionId, ct)) return NotFound();
        Input.Kind = pour switch
        {
            Group => RegistrationKind.Group,
            Person => RegistrationKind.Individual,
            _ => Header.ForPupils ? RegistrationKind.Group : RegistrationKind.Individual,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int sessionId, CancellationToken ct)
    {
        if (!await LoadAsync(sessionId, ct)) return NotFound();
        if (!string.IsNullOrEmpty(Input.Website))
        {
            logger.LogInformation("Inscription au créneau {Session} écartée : le champ piège est rempli.", sessionId);
            Problem = "Votre demande n’a pas pu être enregistrée.";
            return Page();
        }
        var request = new RegistrationRequest(Input.Kind, Input.Name, Input.Email, Input.Phone, Number(nameof(Input.Places), Input.Places),
            Input.Establishment, Input.Uai, Input.Level, Number(nameof(Input.Pupils), Input.Pupils), Number(nameof(Input.Adults), Input.Adults) ?? 0);
        if (!ModelState.IsValid) return Page();

        switch (await desk.RegisterAsync(sessionId, request, RegistrationChannel.Site))
        {
            case Registered registered:
                return Redirect($"/inscriptions/{registered.Token}?nouvelle=1");
            case Invalid invalid:
                foreach (var (field, messages) in invalid.Errors)
                    foreach (var message in messages) ModelState.AddModelError(Key(field), message);
                return Page();
            case Refused { Reason: Refusal.NotFound }:
                return NotFound();
            case Refused { Reason: Refusal.AlreadyRegistered } refused:
                ModelState.AddModelError(Key("email"), refused.Message);
                return Page();
            case Refused refused:
                Problem = refused.Message;
                await LoadAsync(sessionId, ct);
                return Page();
            default:
                throw new InvalidOperationException();
        }
    }

    /// <summary>« Input.Pupils » for the API's « pupils ».</summary>
    public static string Key(string field) => $"{nameof(Input)}.{char.ToUpperInvariant(field[0])}{field[1..]}";

    private int? Number(string property, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        if (int.TryParse(typed.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
        ModelState.AddModelError($"{nameof(Input)}.{property}", "Indiquez un nombre entier, en chiffres.");
        return null;
    }

    private async Task<bool> LoadAsync(int sessionId, CancellationToken ct)
    {
        if (await SessionHeader.ReadAsync(db, sessionId, ct) is not { } header || await SessionFacts.ReadAsync(db, sessionId, ct) is not { } facts)
            return false;
        (Header, Facts) = (header, facts);
        Closed = facts.ClosedBecause(clock.GetUtcNow().UtcDateTime);
        return true;
    }
}
