using SemaineIndustrie.Data.Auditing;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Data.Registrations;

/// <summary>
/// Places taken on a session by a person (for themselves and those who come with them) or by a group leader for a
/// group, a class for instance: a group is counted, never named. The contact's name, address and phone are the only
/// personal data; they are erased on cancellation and after the edition's retention period, the counts stay.
/// </summary>
public class Registration : IAuditable
{
    public const int NameMaxLength = 150;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 30;
    public const int EstablishmentMaxLength = 200;
    public const int LevelMaxLength = 60;

    public int Id { get; set; }
    public int SessionId { get; set; }
    public Session? Session { get; set; }
    public RegistrationKind Kind { get; set; }
    public RegistrationStatus Status { get; set; }
    public RegistrationChannel Channel { get; set; }

    /// <summary>
    /// The registration's rank among all those made for the session (1, 2, 3...), taken under the session's lock: the
    /// waiting list is served in this order.
    /// </summary>
    public int ArrivalNumber { get; set; }

    /// <summary>Places taken: the people of an individual registration, pupils plus adults for a group.</summary>
    public int Places { get; set; }
    public int Pupils { get; set; }
    public int Adults { get; set; }

    /// <summary>A group's school or structure, by name.</summary>
    public string? Establishment { get; set; }
    /// <summary>A school's code in the national directory (UAI, formerly RNE), when given: « 0460028X ».</summary>
    public string? Uai { get; set; }
    /// <summary>The class level of a group of pupils (« 4e », « 1re STI2D »).</summary>
    public string? ClassLevel { get; set; }

    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>The address as compared (trimmed, lower case), so that one address registers once per session.</summary>
    public string? EmailKey { get; set; }

    /// <summary>The private links sent to the registrant, each one opening this registration.</summary>
    public List<RegistrationLink> Links { get; set; } = [];

    public DateTime? ConfirmedAtUtc { get; set; }
    public DateTime? CancelledAtUtc { get; set; }
    public DateTime? ReminderSentAtUtc { get; set; }
    /// <summary>Welcomed on the day by the organiser (the check-in page).</summary>
    public DateTime? CheckedInAtUtc { get; set; }
    public DateTime? PersonalDataErasedAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Forgets who registered; what was registered (places, group, establishment) stays for the figures.</summary>
    public void ErasePersonalData(DateTime nowUtc)
    {
        Name = Email = Phone = EmailKey = null;
        PersonalDataErasedAtUtc ??= nowUtc;
    }

    public static string KeyOf(string email) => email.Trim().ToLowerInvariant();
}

public enum RegistrationKind
{
    /// <summary>A person, for one or several places (themselves, their family...).</summary>
    Individual,
    /// <summary>A class or another group, registered by its leader: pupils and accompanying adults, counted.</summary>
    Group,
}

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}

/// <summary>Where the registration came from: the site's form or a partner site through the API.</summary>
public enum RegistrationChannel
{
    Site,
    Api,
}
