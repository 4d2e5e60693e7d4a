using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>What became of a registration request: registered (confirmed or waitlisted), invalid, or refused.</summary>
public abstract record RegistrationOutcome
{
    /// <param name="Token">The private link's secret, also sent by mail.</param>
    /// <param name="WaitlistPosition">1 for the first in line; null when confirmed.</param>
    public sealed record Registered(int RegistrationId, RegistrationStatus Status, int Places, int? WaitlistPosition, string Token) : RegistrationOutcome;

    /// <summary>French messages keyed by the API's field names.</summary>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : RegistrationOutcome;

    public sealed record Refused(Refusal Reason, string Message) : RegistrationOutcome;
}

public enum Refusal
{
    /// <summary>No such session, or its event is not public.</summary>
    NotFound,
    /// <summary>The session takes no registration now: past, closed, cancelled event, or not on the platform.</summary>
    NotOpen,
    /// <summary>The address is already registered for the session.</summary>
    AlreadyRegistered,
    /// <summary>Too many registrations with this address lately.</summary>
    TooMany,
}
