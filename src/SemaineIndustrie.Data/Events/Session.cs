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

    /// <summary>Places one person may take in one registration; null for the platform's default (<see cref="DefaultMaxPlacesPerPerson"/>).</summary>
    public int? MaxPlacesPerPerson { get; set; }
    /// <summary>The organiser stopped taking registrations (and waiting-list entries) for this session.</summary>
    public bool RegistrationsClosed { get; set; }
    /// <summary>How many registrations were ever made for the session: the next one's arrival number, taken under the session's row lock.</summary>
    public int Arrivals { get; set; }

    public const int DefaultMaxPlacesPerPerson = 10;

    /// <summary>The most places one person may book: the session's own limit, else 10, never more than the capacity.</summary>
    public int MaxPlacesForPerson => MaxPlacesFor(MaxPlacesPerPerson, Capacity);

    public static int MaxPlacesFor(int? ownLimit, int? capacity) => Math.Min(ownLimit ?? DefaultMaxPlacesPerPerson, capacity ?? int.MaxValue);
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
