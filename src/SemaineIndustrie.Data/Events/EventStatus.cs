namespace SemaineIndustrie.Data.Events;

/// <summary>Where an event stands in the labelling life cycle. Only <see cref="Labelled"/> is public.</summary>
public enum EventStatus
{
    Draft,
    Submitted,
    ChangesRequested,
    Labelled,
    Refused,
    Withdrawn,
    Cancelled,
}
