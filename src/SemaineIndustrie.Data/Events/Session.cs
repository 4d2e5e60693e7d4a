namespace SemaineIndustrie.Data.Events;

/// <summary>A dated time slot of an event with its own capacity.</summary>
public class Session
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event? Event { get; set; }
    /// <summary>Stored in UTC; shown in the department's own time zone.</summary>
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    public RegistrationMode RegistrationMode { get; set; }
    /// <summary>Places offered when registration happens on the platform.</summary>
    public int? Capacity { get; set; }
    /// <summary>Places already confirmed; only ever changed by a conditional update in the database.</summary>
    public int PlacesTaken { get; set; }
    /// <summary>Where to register when registration happens elsewhere.</summary>
    public string? ExternalRegistrationUrl { get; set; }

    public int? PlacesLeft => Capacity is { } c ? Math.Max(0, c - PlacesTaken) : null;
}

public enum RegistrationMode
{
    /// <summary>Free entry: nobody needs to register.</summary>
    None,
    /// <summary>Registration on the platform, with a capacity and a waiting list.</summary>
    Platform,
    /// <summary>Registration on another site, through a link.</summary>
    External,
}
