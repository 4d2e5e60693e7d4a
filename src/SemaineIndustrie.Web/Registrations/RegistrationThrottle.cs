using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Registrations per e-mail address (<c>RateLimits:Registrations:PerEmail</c> per window), whatever the session: the
/// address is in the body, where the rate-limiting middleware does not look. Counted per instance, like the per-address
/// limit; only requests that would be registered count, so that typing mistakes cost nothing.
/// </summary>
public sealed class RegistrationThrottle(IOptions<RegistrationRateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetFixedWindowLimiter(email, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PerEmail), Window = options.Value.Window, QueueLimit = 0,
        }));

    public bool Allows(string emailKey)
    {
        using var lease = limiter.AttemptAcquire(emailKey);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
