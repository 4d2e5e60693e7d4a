using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure.Caching;
using static SemaineIndustrie.Web.Registrations.RegistrationOutcome;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>Takes registrations, from the site's form and from partners' sites alike (ADR 0008).</summary>
public sealed class RegistrationDesk(
    AppDbContext db, RegistrationMails mails, RegistrationThrottle throttle, CatalogueChangeInterceptor catalogue,
    IOptions<RegistrationOptions> options, TimeProvider clock)
{
    private static readonly Refused NotFound = new(Refusal.NotFound, "Ce créneau n’existe pas ou son événement n’est pas publié.");

    public async Task<RegistrationOutcome> RegisterAsync(int sessionId, RegistrationRequest request, RegistrationChannel channel, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Checked once without a lock, so that refusals cost no write; checked again under the lock.
        if (Check(await SessionFacts.ReadAsync(db, sessionId, ct), request, now) is { } early) return early;

        var emailKey = request.EmailKey;
        if (await db.Registrations.AnyAsync(r => r.SessionId == sessionId && r.EmailKey == emailKey, ct)) return AlreadyRegistered;
        if (!throttle.Allows(emailKey))
            return new Refused(Refusal.TooMany, "Trop d’inscriptions avec cette adresse électronique en peu de temps : réessayez dans une heure.");

        var (token, hash) = PrivateToken.New();
        Registration registration;
        IReadOnlyList<int> promoted;
        int? position = null;
        bool placesChanged;
        await using (var session = await SessionLock.TakeAsync(db, sessionId, newArrival: true, ct))
        {
            if (session is null) return NotFound;
            if (Check(session.Facts, request, now) is { } refused) return refused;

            var arrival = session.Facts.Arrivals;
            var rule = Waitlist.RuleAt(session.Facts.StartsAtUtc, now, options.Value.FirstFitWindow);
            // In the last hours, those who wait and fit go first; in strict order the first in line does not fit, or would have been served.
            promoted = rule == PromotionRule.FirstFit ? await session.ServeWaitlistAsync(rule, now, ct) : [];
            var places = request.PlacesTaken;
            var confirmed = Waitlist.ConfirmsNewcomer(session.Facts.FreePlaces, session.Facts.Waiting, places, rule)
                && await session.TakePlacesAsync(places, ct);
            // Everyone waiting arrived before: the newcomer queues behind them all.
            if (!confirmed) position = session.Facts.Waiting + 1;

            registration = New(sessionId, request, channel, arrival, confirmed, now);
            registration.Links.Add(new RegistrationLink { TokenHash = hash, CreatedAtUtc = now });
            db.Registrations.Add(registration);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
            {
                // The same address, posted twice at once: the unique index lets one through.
                db.ChangeTracker.Clear();
                return AlreadyRegistered;
            }
            await session.CommitAsync(ct);
            placesChanged = session.PlacesChanged;
        }
        db.ChangeTracker.Clear();
        if (placesChanged) await catalogue.NotifyAsync(ct);
        await mails.RegisteredAsync(registration.Id, token, ct);
        await mails.PromotedAsync(promoted, ct);
        return new Registered(registration.Id, registration.Status, registration.Places, position, token);
    }

    private static readonly Refused AlreadyRegistered = new(Refusal.AlreadyRegistered,
        "Cette adresse électronique est déjà inscrite à ce créneau. Pour modifier votre inscription, annulez-la avec le lien reçu par courriel puis inscrivez-vous à nouveau.");

    /// <summary>A refusal or the request's errors against the session's limits; null when the request can be registered.</summary>
    private static RegistrationOutcome? Check(SessionFacts? facts, RegistrationRequest request, DateTime now)
    {
        if (facts is not { IsVisible: true }) return NotFound;
        if (facts.ClosedBecause(now) is { } closed) return new Refused(Refusal.NotOpen, closed);
        var errors = request.Validate(facts.MaxPlacesForPerson, facts.Capacity ?? 0);
        return errors.Count > 0 ? new Invalid(errors) : null;
    }

    private static Registration New(int sessionId, RegistrationRequest request, RegistrationChannel channel, int arrival, bool confirmed, DateTime now)
    {
        var group = request.Kind == RegistrationKind.Group;
        return new Registration
        {
            SessionId = sessionId, Kind = request.Kind, Channel = channel, ArrivalNumber = arrival,
            Status = confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
            ConfirmedAtUtc = confirmed ? now : null,
            Places = request.PlacesTaken,
            Pupils = group ? request.Pupils ?? 0 : 0,
            Adults = group ? request.Adults ?? 0 : 0,
            Establishment = group ? request.Establishment?.Trim() : null,
            Uai = group ? Uai.Normalise(request.Uai) : null,
            ClassLevel = group && !string.IsNullOrWhiteSpace(request.Level) ? request.Level.Trim() : null,
            Name = request.Name!.Trim(),
            Email = request.Email!.Trim(),
            EmailKey = request.EmailKey,
            Phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim(),
        };
    }
}
