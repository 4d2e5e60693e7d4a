using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Data.Labelling;

/// <summary>One step of an event's labelling history: who did what, when, and why.</summary>
public class Decision
{
    public const int MessageMaxLength = 2000;

    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    public DateTime AtUtc { get; set; }
    /// <summary>Null when the platform itself acted (an edit that sent the event back to review).</summary>
    public string? UserId { get; set; }
    /// <summary>The name shown in the history, kept even if the account is later deleted.</summary>
    public required string ActorName { get; set; }
    public DecisionKind Kind { get; set; }
    /// <summary>The committee's request or reason, or the organiser's note.</summary>
    public string? Message { get; set; }
}

public enum DecisionKind
{
    Submitted,
    Resubmitted,
    Labelled,
    ChangesRequested,
    Refused,
    Withdrawn,
    Cancelled,
    /// <summary>A substantial edit of a labelled event sent it back to the committee.</summary>
    BackToReview,
    Featured,
    Unfeatured,
}
