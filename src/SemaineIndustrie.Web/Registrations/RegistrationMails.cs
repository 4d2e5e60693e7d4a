using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// The registrants' mails that read the registration first: promotion, cancellation, reminder, the organiser's message.
/// Each mail that carries the private link carries a new one (only hashes are stored). A mail that cannot be sent is
/// logged: the registration stands. Written and posted by <see cref="RegistrationLetters"/>, like the first mail.
/// </summary>
public sealed class RegistrationMails(AppDbContext db, RegistrationLetters letters, TimeProvider clock)
{
    public async Task PromotedAsync(IEnumerable<int> registrationIds, CancellationToken ct)
    {
        foreach (var id in registrationIds)
            if (await MailFacts.ReadAsync(db, id, ct) is { Email: { } } r)
                letters.Post(r, $"Une place s’est libérée : {r.EventTitle}",
                    $"Bonne nouvelle : des places se sont libérées et votre inscription est maintenant confirmée ({r.WhatText}).", await NewLinkAsync(id, ct));
    }

    /// <summary>False when the registration has no address any more.</summary>
    public async Task<bool> ReminderAsync(int registrationId, CancellationToken ct)
    {
        if (await MailFacts.ReadAsync(db, registrationId, ct) is not { Email: { } } r) return false;
        letters.Post(r, $"Rappel : {r.EventTitle}, {r.DayText}",
            $"Nous vous rappelons votre inscription ({r.WhatText}). Si vous ne pouvez plus venir, annulez-la : la place ira à une personne qui attend.",
            await NewLinkAsync(registrationId, ct));
        return true;
    }

    /// <summary>After a cancellation: the address is already erased from the registration, so the caller gives it.</summary>
    public Task CancelledAsync(int registrationId, string email, string name, CancellationToken ct) =>
        ErasedAsync(registrationId, email, name, "Inscription annulée",
            r => $"Votre inscription ({r.WhatText}) est annulée et vos coordonnées sont effacées. Merci d’avoir laissé la place à d’autres.", ct);

    /// <summary>The event is cancelled: the registration no longer stands.</summary>
    public Task EventCancelledAsync(int registrationId, string email, string name, string? reason, CancellationToken ct) =>
        ErasedAsync(registrationId, email, name, "Événement annulé",
            r => $"L’événement est annulé : votre inscription ({r.WhatText}) ne tient plus et vos coordonnées sont effacées."
                + (string.IsNullOrWhiteSpace(reason) ? "" : $"\n\nMotif : {reason.Trim()}"), ct);

    private async Task ErasedAsync(int registrationId, string email, string name, string subject, Func<MailFacts, string> news, CancellationToken ct)
    {
        if (await MailFacts.ReadAsync(db, registrationId, ct) is not { } r) return;
        letters.Post(r with { Email = email, Name = name }, $"{subject} : {r.EventTitle}", news(r), null);
    }

    /// <summary>The organiser's message to the registrants of a session, each with their own link; returns how many were written.</summary>
    public async Task<int> FromOrganiserAsync(IEnumerable<int> registrationIds, string subject, string message, CancellationToken ct)
    {
        var sent = 0;
        foreach (var id in registrationIds)
        {
            if (await MailFacts.ReadAsync(db, id, ct) is not { Email: { } } r) continue;
            letters.Post(r, $"{subject} – {r.EventTitle}", $"{r.OrganisationName}, qui organise cet événement, vous écrit :\n\n{message}", await NewLinkAsync(id, ct));
            sent++;
        }
        return sent;
    }

    private async Task<string> NewLinkAsync(int registrationId, CancellationToken ct)
    {
        var (token, hash) = PrivateToken.New();
        db.RegistrationLinks.Add(new RegistrationLink { RegistrationId = registrationId, TokenHash = hash, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return token;
    }

}
