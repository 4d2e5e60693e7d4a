using System.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace SemaineIndustrie.Web.Infrastructure.Caching;

/// <summary>
/// Public pages and feeds are kept in the output cache, with an ETag, until the catalogue changes (see ADR 0004):
/// any saved change to an event, a session or an organisation evicts them at once on this instance; other
/// instances serve them for at most <c>Cache__PublicSeconds</c>.
/// </summary>
public static class PublicCache
{
    /// <summary>The output-cache policy of every public page and feed that shows labelled events.</summary>
    public const string Policy = "catalogue";
    public const string Tag = "catalogue";

    public static IServiceCollection AddPublicCache(this IServiceCollection services, IConfiguration configuration)
    {
        var lifetime = TimeSpan.FromSeconds(configuration.GetValue("Cache:PublicSeconds", 60));
        services.AddSingleton<CatalogueVersion>();
        services.AddSingleton<CatalogueChangeInterceptor>();
        services.AddOutputCache(o =>
        {
            // Compression runs inside the cache (Program.cs): each encoding a browser accepts is its own entry.
            o.AddPolicy(Policy, b => b.AddPolicy<ETagPolicy>().Expire(lifetime).SetVaryByQuery("*").SetVaryByHeader(HeaderNames.AcceptEncoding).Tag(Tag));
        });
        return services;
    }

    /// <summary>Stamps each cached response with the catalogue's version, so that browsers revalidate cheaply.</summary>
    private sealed class ETagPolicy(CatalogueVersion version) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
        {
            var response = context.HttpContext.Response;
            // Set before the page runs, not when the response starts: the output cache copies the headers at the first
            // byte written, before OnStarting callbacks, and answers If-None-Match with 304 only from a stored ETag.
            response.Headers.ETag = version.ETag;
            response.OnStarting(() =>
            {
                if (response.StatusCode != StatusCodes.Status200OK) response.Headers.Remove("ETag");
                return Task.CompletedTask;
            });
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    }
}

/// <summary>A number that changes whenever the public catalogue does; it starts from the clock so that a restart changes it too.</summary>
public sealed class CatalogueVersion
{
    private long value = Stopwatch.GetTimestamp();

    public long Value => Interlocked.Read(ref value);

    public string ETag => $"W/\"c{Value:x}\"";

    public void Bump() => Interlocked.Increment(ref value);
}
