using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Api;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Registration posts per client address (<c>RateLimits:Registrations:PerAddress</c> per window), for the form and the
/// API alike; pages themselves are never throttled. Its own rejection: the API's message speaks of the API's limit.
/// </summary>
public sealed class RegistrationRateLimitPolicy(IOptions<RegistrationRateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "registrations";

    public RateLimitPartition<string> GetPartition(HttpContext http) => HttpMethods.IsPost(http.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "inconnue",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, options.Value.PerAddress), Window = options.Value.Window, QueueLimit = 0 })
        : RateLimitPartition.GetNoLimiter("lecture");

    /// <summary>The policy's own rejection, which replaces the API's (whose message speaks of the API's limit).</summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) => ApiRateLimiting.RejectAsync(context,
        "Trop d’inscriptions", seconds => $"Trop d’inscriptions envoyées depuis cette adresse IP : réessayez dans {Math.Max(1, (seconds + 59) / 60)} minute(s).");
}
