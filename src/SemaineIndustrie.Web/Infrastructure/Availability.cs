using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>
/// What the service says when its database is away (issue 7): pages answer the DSFR « service indisponible » page and
/// the API a French ProblemDetails, both 503 with Retry-After, never a stack trace; /health reports the database's state
/// for the load balancer and the monitoring. Nothing is retried here: the next request simply tries again, and the
/// connection pool recovers by itself once the database answers.
/// </summary>
public static class Availability
{
    public const string HealthPath = "/health";
    public const int RetryAfterSeconds = 5;

    public static IServiceCollection AddAvailability(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>The exception handler for pages (DSFR page) and the API (ProblemDetails); 503 when the database is away.</summary>
    public static WebApplication UseAvailability(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/erreur/500",
            StatusCodeSelector = e => IsDatabaseUnavailable(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.Use(next => http => ApiErrorsAsync(http, next));
        return app;
    }

    public static void MapHealth(this WebApplication app) =>
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).DisableHttpMetrics();

    /// <summary>
    /// A failure to reach or use the database (connection refused or cut, timeout, server shutting down, too many
    /// connections, a busy SQLite file), as opposed to a bug or a refused value: worth a 503 and a retry.
    /// </summary>
    public static bool IsDatabaseUnavailable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            switch (e)
            {
                case Npgsql.PostgresException pg:
                    // Connection (08), resources (53), operator intervention such as a shutdown (57P), system errors (58).
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState.StartsWith("53", StringComparison.Ordinal)
                        || pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("58", StringComparison.Ordinal);
                case Npgsql.NpgsqlException { InnerException: System.IO.IOException or System.Net.Sockets.SocketException or TimeoutException }:
                    return true;
                case Npgsql.NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                case Microsoft.Data.Sqlite.SqliteException sqlite:
                    return sqlite.SqliteErrorCode is 5 or 6 or 10 or 14; // busy, locked, I/O error, cannot open
                case TimeoutException or System.Net.Sockets.SocketException:
                    return true;
            }
        return false;
    }

    private static Task WriteHealthAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            durationMs = (int)report.TotalDuration.TotalMilliseconds,
        });
    }

    /// <summary>
    /// Errors under /api as a French ProblemDetails (503 with Retry-After when the database is away, else 500), written
    /// before the exception reaches the page handler; pages go on to the DSFR error page.
    /// </summary>
    private static async Task ApiErrorsAsync(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (Exception exception) when (http.Request.Path.StartsWithSegments("/api") && !http.Response.HasStarted)
        {
            var unavailable = IsDatabaseUnavailable(exception);
            var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Availability));
            if (unavailable) logger.LogWarning("Base de données indisponible : {Message}", exception.Message);
            else logger.LogError(exception, "Erreur inattendue sur {Path}", http.Request.Path);
            http.Response.Clear();
            if (unavailable) http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var problem = unavailable
                ? TypedResults.Problem($"La base de données ne répond pas. Réessayez dans {RetryAfterSeconds} secondes.", statusCode: 503, title: "Service momentanément indisponible")
                : TypedResults.Problem("Le service a rencontré un problème ; l’équipe en est avertie.", statusCode: 500, title: "Erreur inattendue");
            await problem.ExecuteAsync(http);
        }
    }

    private sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            try
            {
                return await db.Database.CanConnectAsync(timeout.Token)
                    ? HealthCheckResult.Healthy("La base de données répond.")
                    : HealthCheckResult.Unhealthy("La base de données ne répond pas.");
            }
            catch (Exception e) when (e is OperationCanceledException || IsDatabaseUnavailable(e))
            {
                return HealthCheckResult.Unhealthy("La base de données ne répond pas.");
            }
        }
    }
}
