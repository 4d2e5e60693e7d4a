using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure.Caching;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>What frees places or changes them: a cancellation, a new capacity; the waiting list is served at once (ADR 0008).</summary>
public sealed class RegistrationChanges(
    AppDbContext db, RegistrationMails mails, CatalogueChangeInterceptor catalogue, IOptions<RegistrationOptions> options, TimeProvider clock)
{
    /// <summary>The registration a private link opens, or null for an unknown or expired link.</summary>
    public Task<int?> RegistrationIdAsync(string token, CancellationToken ct)
    {
        var hash = PrivateToken.Hash(token);
        return db.RegistrationLinks.Where(l => l.TokenHash == hash).Select(l => (int?)l.RegistrationId).SingleOrDefaultAsync(ct);
    }

    /// <summary>Cancels by the registrant's link and erases their personal data; false when already cancelled.</summary>
    public async Task<bool> CancelAsync(int registrationId, CancellationToken ct)
    {
        var sessionId = await db.Registrations.Where(r => r.Id == registrationId).Select(r => r.SessionId).SingleAsync(ct);
        string email = "", name = "";
        var cancelled = await ChangeAsync(sessionId, async (session, now) =>
        {
            var registration = await db.Registrations.SingleAsync(r => r.Id == registrationId, ct);
            if (registration.Status == RegistrationStatus.Cancelled) return false;
            var wasConfirmed = registration.Status == RegistrationStatus.Confirmed;
            (email, name) = (registration.Email ?? "", registration.Name ?? "");
            registration.Status = RegistrationStatus.Cancelled;
            registration.CancelledAtUtc = now;
            registration.ErasePersonalData(now);
            await db.SaveChangesAsync(ct);
            if (wasConfirmed) await session.ReleasePlacesAsync(registration.Places, ct);
            else session.LeftWaitlist();
            return true;
        }, ct);
        if (cancelled && email.Length > 0) await mails.CancelledAsync(registrationId, email, name, ct);
        return cancelled;
    }

    /// <summary>
    /// An event cancelled (by its organiser or its committee): each registration of its sessions is cancelled, its
    /// registrant told, with the reason, then erased. For the labelling feature to call; returns the people told.
    /// </summary>
    public async Task<int> EventCancelledAsync(int eventId, string? reason, CancellationToken ct)
    {
        var told = 0;
        foreach (var sessionId in await db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Id).ToListAsync(ct))
        {
            var registrants = new List<(int Id, string? Email, string? Name)>();
            await ChangeAsync(sessionId, async (session, now) =>
            {
                var rows = await db.Registrations.Where(r => r.SessionId == sessionId && r.Status != RegistrationStatus.Cancelled).ToListAsync(ct);
                var places = rows.Where(r => r.Status == RegistrationStatus.Confirmed).Sum(r => r.Places);
                foreach (var r in rows)
                {
                    registrants.Add((r.Id, r.Email, r.Name));
                    (r.Status, r.CancelledAtUtc) = (RegistrationStatus.Cancelled, now);
                    r.ErasePersonalData(now);
                }
                await db.SaveChangesAsync(ct);
                if (places > 0) await session.ReleasePlacesAsync(places, ct);
                return true;
            }, ct);
            foreach (var (id, email, name) in registrants.Where(r => r.Email is not null))
            {
                await mails.EventCancelledAsync(id, email!, name ?? "", reason, ct);
                told++;
            }
        }
        return told;
    }

    /// <summary>
    /// The organiser's new capacity for a session: refused below the places already confirmed (the database's check
    /// constraint says so too); a larger one goes to the waiting list at once.
    /// </summary>
    public Task<bool> ChangeCapacityAsync(int sessionId, int capacity, CancellationToken ct) =>
        ChangeAsync(sessionId, (session, _) => capacity < 0 ? Task.FromResult(false) : session.SetCapacityAsync(capacity, ct), ct);

    /// <summary>
    /// Serves the waiting list by the rule of the moment: how the last hours' first fit reaches sessions where nothing
    /// else happens (<see cref="RegistrationHousekeeping"/>).
    /// </summary>
    public Task<bool> ServeWaitlistAsync(int sessionId, CancellationToken ct) =>
        ChangeAsync(sessionId, (_, _) => Task.FromResult(true), ct);

    /// <summary>Runs a change under the session's lock, serves the waiting list, commits, then mails those promoted.</summary>
    private async Task<bool> ChangeAsync(int sessionId, Func<SessionLock, DateTime, Task<bool>> change, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<int> promoted;
        CatalogueChange published;
        await using (var session = await SessionLock.TakeAsync(db, sessionId, newArrival: false, ct))
        {
            if (session is null || !await change(session, now)) return false;
            var rule = Waitlist.RuleAt(session.Facts.StartsAtUtc, now, options.Value.FirstFitWindow);
            promoted = await session.ServeWaitlistAsync(rule, now, ct);
            await session.CommitAsync(ct);
            published = session.CatalogueChange;
        }
        db.ChangeTracker.Clear();
        await catalogue.NotifyAsync(published, ct);
        await mails.PromotedAsync(promoted, ct);
        return true;
    }
}
