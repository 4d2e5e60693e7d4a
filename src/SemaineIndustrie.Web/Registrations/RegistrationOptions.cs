namespace SemaineIndustrie.Web.Registrations;

/// <summary>Settings under <c>Registrations</c> (README).</summary>
public sealed class RegistrationOptions
{
    /// <summary>Hours before a session from which the waiting list is served first-fit rather than in strict order (ADR 0008).</summary>
    public int FirstFitHoursBeforeStart { get; set; } = 48;
    /// <summary>Hours before a session when the reminder goes out.</summary>
    public int ReminderHoursBeforeStart { get; set; } = 48;
    /// <summary>Minutes between two runs of the reminders, last-hours promotions and erasures; 0 stops them (tests run them by hand).</summary>
    public int HousekeepingMinutes { get; set; } = 10;

    public TimeSpan FirstFitWindow => TimeSpan.FromHours(FirstFitHoursBeforeStart);
    public TimeSpan ReminderWindow => TimeSpan.FromHours(ReminderHoursBeforeStart);
}

/// <summary>Settings under <c>RateLimits:Registrations</c> (README): a load test raises them.</summary>
public sealed class RegistrationRateLimitOptions
{
    /// <summary>Registration posts (form or API) per client address and window.</summary>
    public int PerAddress { get; set; } = 20;
    /// <summary>Registrations per e-mail address and window, whatever the session.</summary>
    public int PerEmail { get; set; } = 5;
    public int WindowMinutes { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);
}
