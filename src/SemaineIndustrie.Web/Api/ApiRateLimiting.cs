using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// A fixed window of <c>RateLimits:Api:PermitsPerMinute</c> requests (300 by default) per client address on /api/v1:
/// enough for a map and a prefecture's site, not for scraping the catalogue in a loop. Cached answers count too, as the
/// limiter runs before the output cache.
/// </summary>
public static class ApiRateLimiting
{
    public const string Policy = "api";
    public const int DefaultPermitsPerMinute = 300;

    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:Api:PermitsPerMinute", DefaultPermitsPerMinute);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "inconnue",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = (context, ct) => RejectAsync(context, permits);
        });
    }

    private static ValueTask RejectAsync(OnRejectedContext context, int permits) => RejectAsync(context, "Trop de requêtes",
        seconds => $"L’API accepte {permits} requêtes par minute depuis une même adresse : réessayez dans {seconds} secondes.");

    /// <summary>429 with Retry-After; under /api a French ProblemDetails whose detail is given the seconds to wait.</summary>
    public static async ValueTask RejectAsync(OnRejectedContext context, string title, Func<int, string> detail)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        // A throttled form (sign-in) gets the site's French error page, written by the status code pages.
        if (!http.Request.Path.StartsWithSegments("/api")) return;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = title, Detail = detail(seconds) },
        });
    }
}
