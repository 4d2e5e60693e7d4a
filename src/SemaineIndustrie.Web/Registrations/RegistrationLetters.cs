using Microsoft.Extensions.Options;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Writes the registrants' mails from facts already read and posts them to the <see cref="MailOutbox"/>, in the order
/// they are written (ADR 0017). Reads nothing: a registration request uses it without a database context, which under a
/// burst would mean a thousand contexts taken from the pool at once only to compose mails (<see cref="RegistrationMails"/>
/// reads what the other mails need, then hands them here).
/// </summary>
public sealed class RegistrationLetters(MailOutbox outbox, IOptions<SiteOptions> site)
{
    private const string Signature = "\n\n— L’équipe de la Semaine de l’Industrie\nCe message est envoyé automatiquement : merci de ne pas y répondre.";

    /// <summary>The registrant's private page.</summary>
    public string LinkTo(string token) => $"{site.Value.PublicBaseUrl.TrimEnd('/')}/inscriptions/{token}";

    /// <summary>Right after registering, with the link the registrant was also shown: posted, sent once answered.</summary>
    /// <param name="r">Read with the registration's batch (<see cref="RegistrationQueue"/>).</param>
    /// <param name="position">On the waiting list, as the batch counted it under the session's lock; null when confirmed.</param>
    public void Registered(MailFacts r, int? position, string token)
    {
        if (r.Email is null) return;
        if (r.Status == RegistrationStatus.Confirmed)
            Post(r, $"Inscription confirmée : {r.EventTitle}", $"Votre inscription est confirmée : {r.WhatText}.", token);
        else
            Post(r, $"Liste d’attente : {r.EventTitle}",
                $"Le créneau est complet : votre demande ({r.WhatText}) est en position {position} sur la liste d’attente. "
                + "Si des places se libèrent, elles sont attribuées dans l’ordre d’arrivée et vous serez prévenu(e) par courriel.", token);
    }

    /// <summary>
    /// Behind the registrant's earlier mails in the one outbox: a promotion never arrives before the waiting-list notice.
    /// With a token, the mail ends with the private link.
    /// </summary>
    public void Post(MailFacts r, string subject, string news, string? token) => outbox.Post(new(r.Email!, subject,
        $"Bonjour {r.Name},\n\n{news}\n\n{r.SessionText}"
        + (token is null ? "" : $"\n\nPour voir votre inscription ou l’annuler (vos coordonnées sont alors effacées) :\n{LinkTo(token)}")
        + Signature));
}
