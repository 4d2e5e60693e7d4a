using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Data.Labelling;

/// <summary>Who acts: a person (with the name the history shows) or, with no user id, the platform.</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static readonly Actor Platform = new(null, "La plateforme");
}

/// <summary>A step the labelling rules do not allow from where the event stands; the message is shown as is.</summary>
public sealed class LabellingRuleException(string message) : InvalidOperationException(message);

/// <summary>
/// The labelling state machine: draft → submitted → labelled, changes requested (then resubmitted) or refused;
/// withdrawn by the organiser before labelling; cancelled after it. Every step is recorded as a <see cref="Decision"/>.
/// </summary>
public static class EventLifecycle
{
    private static readonly Dictionary<DecisionKind, (EventStatus[] From, EventStatus To)> Steps = new()
    {
        [DecisionKind.Submitted] = ([EventStatus.Draft], EventStatus.Submitted),
        [DecisionKind.Resubmitted] = ([EventStatus.ChangesRequested], EventStatus.Submitted),
        [DecisionKind.Labelled] = ([EventStatus.Submitted], EventStatus.Labelled),
        [DecisionKind.ChangesRequested] = ([EventStatus.Submitted], EventStatus.ChangesRequested),
        [DecisionKind.Refused] = ([EventStatus.Submitted], EventStatus.Refused),
        [DecisionKind.Withdrawn] = ([EventStatus.Draft, EventStatus.Submitted, EventStatus.ChangesRequested], EventStatus.Withdrawn),
        [DecisionKind.Cancelled] = ([EventStatus.Labelled], EventStatus.Cancelled),
        [DecisionKind.BackToReview] = ([EventStatus.Labelled], EventStatus.Submitted),
    };

    /// <summary>Kinds of decision that need a message: the organiser must know what to change, or why.</summary>
    public static bool NeedsMessage(DecisionKind kind) => kind is DecisionKind.ChangesRequested or DecisionKind.Refused or DecisionKind.Cancelled;

    public static bool CanOrganiserEdit(EventStatus status) =>
        status is EventStatus.Draft or EventStatus.Submitted or EventStatus.ChangesRequested or EventStatus.Labelled;

    public static bool Allows(EventStatus status, DecisionKind kind) =>
        Steps.TryGetValue(kind, out var step) ? step.From.Contains(status)
        : kind is DecisionKind.Featured or DecisionKind.Unfeatured && status is EventStatus.Submitted or EventStatus.Labelled;

    /// <summary>Sends the event to the committee (first time, after changes, or after a substantial edit).</summary>
    public static Decision Submit(Event e, Actor by, DateTime nowUtc, DateOnly dueOn)
    {
        var kind = e.Status switch
        {
            EventStatus.ChangesRequested => DecisionKind.Resubmitted,
            EventStatus.Labelled => DecisionKind.BackToReview,
            _ => DecisionKind.Submitted,
        };
        var decision = Apply(e, kind, by, nowUtc, kind == DecisionKind.BackToReview ? "Modifié après labellisation : renvoyé au comité." : null);
        e.SubmittedAtUtc = nowUtc;
        e.ReviewDueOn = dueOn;
        e.ReminderSentAtUtc = null;
        if (kind == DecisionKind.BackToReview) e.LabelledAtUtc = null;
        return decision;
    }

    /// <summary>A committee decision or the organiser's withdrawal or cancellation.</summary>
    public static Decision Decide(Event e, DecisionKind kind, Actor by, DateTime nowUtc, string? message)
    {
        if (kind is DecisionKind.Submitted or DecisionKind.Resubmitted or DecisionKind.BackToReview)
            throw new ArgumentException("Use Submit for submissions.", nameof(kind));
        if (kind is DecisionKind.Featured or DecisionKind.Unfeatured)
        {
            if (!Allows(e.Status, kind)) throw new LabellingRuleException("Seul un événement soumis ou labellisé peut être un temps fort.");
            e.IsFeatured = kind == DecisionKind.Featured;
            return Record(e, kind, by, nowUtc, message);
        }
        if (NeedsMessage(kind) && string.IsNullOrWhiteSpace(message))
            throw new LabellingRuleException(kind == DecisionKind.ChangesRequested
                ? "Indiquez à l’organisateur ce qu’il doit modifier."
                : "Indiquez le motif : l’organisateur le recevra.");
        var decision = Apply(e, kind, by, nowUtc, message);
        if (kind == DecisionKind.Labelled) e.LabelledAtUtc = nowUtc;
        if (kind is DecisionKind.Refused or DecisionKind.Withdrawn or DecisionKind.Cancelled) e.IsFeatured = false;
        return decision;
    }

    private static Decision Apply(Event e, DecisionKind kind, Actor by, DateTime nowUtc, string? message)
    {
        if (!Allows(e.Status, kind))
            throw new LabellingRuleException($"Impossible depuis l’état « {StatusLabels.Of(e.Status)} » : {StatusLabels.Of(kind)}.");
        e.Status = Steps[kind].To;
        return Record(e, kind, by, nowUtc, message);
    }

    private static Decision Record(Event e, DecisionKind kind, Actor by, DateTime nowUtc, string? message)
    {
        var decision = new Decision
        {
            Event = e, AtUtc = nowUtc, UserId = by.UserId, ActorName = by.Name, Kind = kind,
            Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim(),
        };
        e.Decisions.Add(decision);
        return decision;
    }
}
