using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure.Caching;
using static SemaineIndustrie.Web.Registrations.RegistrationOutcome;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Writes the registrations queued for one session (<see cref="RegistrationQueue"/>, ADR 0016): checks each against the
/// session as it stands under its lock, confirms or puts on the waiting list in order of arrival, commits once.
/// </summary>
public sealed class RegistrationBatch(
    AppDbContext db, RegistrationMails mails, RegistrationThrottle throttle, CatalogueChangeInterceptor catalogue,
    IOptions<RegistrationOptions> options, TimeProvider clock)
{
    private static readonly Refused NotFound = new(Refusal.NotFound, "Ce créneau n’existe pas ou son événement n’est pas publié.");

    /// <summary>
    /// Writes registrations of one session in their order of arrival, under one lock of the session and one commit
    /// (<see cref="RegistrationQueue"/>); returns each one's outcome, in the same order. Those promoted from the waiting
    /// list on the way (first fit, in the last hours) are told by mail here.
    /// </summary>
    public async Task<IReadOnlyList<QueuedOutcome>> WriteAsync(int sessionId, IReadOnlyList<PendingRegistration> batch, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var outcomes = new QueuedOutcome[batch.Count];
        var written = new List<(int Index, Registration Registration, string TokenHash, int? Position)>();
        IReadOnlyList<int> promoted;
        // Alone, a registrant takes places with their own statement; a batch reserves them and takes them at once.
        var alone = batch.Count == 1;
        var change = CatalogueChange.None;
        var eachAlone = false;
        await using (var session = await SessionLock.TakeAsync(db, sessionId, newArrival: false, ct))
        {
            if (session is null) return batch.Select(_ => new QueuedOutcome(NotFound)).ToList();
            var registered = await AlreadyRegisteredAsync(sessionId, batch.Select(p => p.Request.EmailKey).ToList(), ct);

            var rule = Waitlist.RuleAt(session.Facts.StartsAtUtc, now, options.Value.FirstFitWindow);
            // In the last hours, those who wait and fit go first; in strict order the first in line does not fit, or would have been served.
            promoted = rule == PromotionRule.FirstFit ? await session.ServeWaitlistAsync(rule, now, ct) : [];
            var arrival = session.Facts.Arrivals;
            for (var i = 0; i < batch.Count; i++)
            {
                var (request, channel, hash) = batch[i];
                if (Check(session.Facts, request, now) is { } refused) { outcomes[i] = new(refused); continue; }
                // The same address twice in a batch, or already there: the first one counts.
                if (!registered.Add(request.EmailKey)) { outcomes[i] = new(AlreadyRegistered); continue; }
                // Only what would be registered counts against the address's limit: typing mistakes cost nothing.
                if (!throttle.Allows(request.EmailKey)) { registered.Remove(request.EmailKey); outcomes[i] = new(TooMany); continue; }

                var places = request.PlacesTaken;
                var confirmed = Waitlist.ConfirmsNewcomer(session.Facts.FreePlaces, session.Facts.Waiting, places, rule)
                    && (alone ? await session.TakePlacesAsync(places, ct) : session.Reserve(places));
                // Everyone waiting arrived before: the newcomer queues behind them all.
                int? position = confirmed ? null : session.Queued();
                written.Add((i, New(sessionId, request, channel, ++arrival, confirmed, now), hash, position));
            }
            if (written.Count == 0) return outcomes;
            // Not expected under the session's lock (the facts were read under it): the database refuses the places
            // reserved, the transaction rolls back, and each registration is written alone, with its own statement.
            eachAlone = !await session.TakeReservedAsync(ct);
            if (!eachAlone)
            {
                await session.AddArrivalsAsync(written.Count, ct);
                try
                {
                    await RegistrationInserts.InsertAsync(db, written.Select(w => (w.Registration, w.TokenHash)).ToList(), now, ct);
                }
                catch (DbException e) when (DatabaseErrors.IsUniqueViolation(e))
                {
                    // Not expected under the session's lock (the addresses were read under it); the transaction rolls back.
                    if (alone) return [new(AlreadyRegistered)];
                    eachAlone = true;
                }
            }
            if (!eachAlone) await session.CommitAsync(ct);
            change = session.CatalogueChange;
        }
        if (eachAlone)
        {
            // A duplicate or places refused must not cost the others theirs: each registration of the batch is written on its own.
            var outcomesAlone = new List<QueuedOutcome>();
            foreach (var pending in batch) outcomesAlone.Add((await WriteAsync(sessionId, [pending], ct))[0]);
            return outcomesAlone;
        }
        var facts = await MailFacts.OfWrittenAsync(db, sessionId, written.Select(w => w.Registration).ToList(), ct);
        foreach (var (index, registration, _, position) in written)
            outcomes[index] = new(new Registered(registration.Id, registration.Status, registration.Places, position, ""), facts.GetValueOrDefault(registration.Id));
        await catalogue.NotifyAsync(change, ct);
        await mails.PromotedAsync(promoted, ct);
        return outcomes;
    }

    /// <summary>
    /// Compiles the batch's queries in advance (<see cref="RegistrationWarmUp"/>), against a session that does not exist:
    /// nothing is read and nothing changes.
    /// </summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        await SessionLock.PrepareAsync(db, ct);
        await using (await db.Database.BeginTransactionAsync(ct)) await RegistrationInserts.PrepareAsync(db, ct); // rolled back
        await AlreadyRegisteredAsync(0, [], ct);
        await MailFacts.OfWrittenAsync(db, 0, [], ct);
    }

    /// <summary>Those of the addresses (keys) already registered for the session; the list goes as one parameter.</summary>
    private async Task<HashSet<string>> AlreadyRegisteredAsync(int sessionId, List<string> keys, CancellationToken ct) =>
        (await db.Registrations.Where(r => r.SessionId == sessionId && r.EmailKey != null && EF.Parameter(keys).Contains(r.EmailKey))
            .Select(r => r.EmailKey!).ToListAsync(ct)).ToHashSet();

    private static readonly Refused TooMany =
        new(Refusal.TooMany, "Trop d’inscriptions avec cette adresse électronique en peu de temps : réessayez dans une heure.");

    private static readonly Refused AlreadyRegistered = new(Refusal.AlreadyRegistered,
        "Cette adresse électronique est déjà inscrite à ce créneau. Pour modifier votre inscription, annulez-la avec le lien reçu par courriel puis inscrivez-vous à nouveau.");

    /// <summary>A refusal or the request's errors against the session's limits; null when the request can be registered.</summary>
    private static RegistrationOutcome? Check(SessionFacts facts, RegistrationRequest request, DateTime now)
    {
        if (!facts.IsVisible) return NotFound;
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
