using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Labelling;

/// <summary>
/// Where labelling happens: submissions (closed after the edition's deadline), the committee's decisions within the
/// reviewer's departments, and the mails that follow. Saves fail when someone else changed the event's state meanwhile.
/// </summary>
public sealed class LabellingService(AppDbContext db, Access access, TimeProvider clock, LabellingMails mails, ReferenceLists lists,
    Registrations.RegistrationChanges registrations)
{
    /// <summary>The end of the edition's deadline day, in Paris; null when the edition has no deadline.</summary>
    public static DateTime? DeadlineUtc(Data.Editions.Edition edition) =>
        edition.SubmissionDeadline is { } day ? FrenchTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), "Europe/Paris") : null;

    /// <summary>
    /// First submissions close at the deadline; answering the committee's request, or an edit of a labelled event, stays
    /// possible afterwards (the event was in time).
    /// </summary>
    public bool SubmissionsClosed(Data.Editions.Edition edition, EventStatus status) =>
        status == EventStatus.Draft && DeadlineUtc(edition) is { } deadline && clock.GetUtcNow().UtcDateTime >= deadline;

    /// <summary>Sends the (loaded, tracked) event to the committee and tells the department's reviewers.</summary>
    public async Task SubmitAsync(Event e, CancellationToken ct = default)
    {
        if (SubmissionsClosed(e.Edition ?? await db.Editions.SingleAsync(x => x.Id == e.EditionId, ct), e.Status))
            throw new LabellingRuleException($"Les soumissions de l’édition {e.Edition!.Year} sont closes depuis le {FrenchTime.DayMonth(e.Edition.SubmissionDeadline!.Value)}.");
        var now = clock.GetUtcNow().UtcDateTime;
        var timeZone = (await lists.DepartmentAsync(e.DepartmentCode))?.TimeZoneId ?? "Europe/Paris";
        var by = e.Status == EventStatus.Labelled ? Actor.Platform : access.Actor;
        EventLifecycle.Submit(e, by, now, WorkingDays.ReviewDueOn(now, e.DepartmentCode, timeZone));
        await db.SaveChangesAsync(ct);
        await mails.NewSubmissionAsync(e.Id, ct);
    }

    /// <summary>The organiser withdraws or cancels its own event; a cancellation cancels its registrations, each registrant told why.</summary>
    public async Task OrganiserDecidesAsync(Event e, DecisionKind kind, string? message, CancellationToken ct = default)
    {
        if (kind is not (DecisionKind.Withdrawn or DecisionKind.Cancelled)) throw new ArgumentOutOfRangeException(nameof(kind));
        EventLifecycle.Decide(e, kind, access.Actor, clock.GetUtcNow().UtcDateTime, message);
        await db.SaveChangesAsync(ct);
        if (kind == DecisionKind.Cancelled)
        {
            await mails.DecisionAsync(e.Id, ct);
            await registrations.EventCancelledAsync(e.Id, message, ct);
        }
    }

    /// <summary>
    /// A committee decision on events of the reviewer's departments. Returns the number decided; events outside the
    /// reviewer's departments are treated as missing.
    /// </summary>
    public async Task<int> DecideAsync(IReadOnlyCollection<int> eventIds, DecisionKind kind, string? message, CancellationToken ct = default)
    {
        var scope = await access.ReviewScopeAsync(ct);
        var events = await db.Events.Include(e => e.Sessions).Include(e => e.Edition).Where(e => eventIds.Contains(e.Id)).ToListAsync(ct);
        events = events.Where(e => scope.Covers(e.DepartmentCode)).ToList();
        if (events.Count != eventIds.Count) throw new KeyNotFoundException();
        var now = clock.GetUtcNow().UtcDateTime;
        if (kind == DecisionKind.Labelled)
            foreach (var e in events)
            {
                var timeZone = (await lists.DepartmentAsync(e.DepartmentCode))?.TimeZoneId ?? "Europe/Paris";
                var criteria = Criteria.Of(e.Edition!, e.Sessions.Select(s => s.StartsAtUtc), e.Sessions.Select(s => s.EndsAtUtc), e.IsFree, timeZone);
                if (!criteria.AutomaticOnesHold)
                    throw new LabellingRuleException($"« {e.Title} » ne remplit pas les conditions vérifiées automatiquement (dates dans la période, gratuité) : demandez des modifications ou refusez-le.");
            }
        foreach (var e in events) EventLifecycle.Decide(e, kind, access.Actor, now, message);
        await db.SaveChangesAsync(ct);
        if (kind is not (DecisionKind.Featured or DecisionKind.Unfeatured))
            foreach (var e in events) await mails.DecisionAsync(e.Id, ct);
        if (kind == DecisionKind.Cancelled)
            foreach (var e in events) await registrations.EventCancelledAsync(e.Id, message, ct);
        return events.Count;
    }
}
