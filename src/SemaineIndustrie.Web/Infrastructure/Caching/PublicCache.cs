using System.Diagnostics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace SemaineIndustrie.Web.Infrastructure.Caching;

/// <summary>
/// Public pages and feeds are kept in the output cache, with an ETag, until the catalogue changes (see ADR 0004):
/// any saved change to an event, a session or an organisation evicts them at once on this instance; other
/// instances serve them for at most <c>Cache__PublicSeconds</c>. Places taken evict only the pages that show them
/// (<see cref="PlacesPolicy"/>, ADR 0023).
/// </summary>
public static class PublicCache
{
    /// <summary>The output-cache policy of every public page and feed that shows labelled events.</summary>
    public const string Policy = "catalogue";
    public const string Tag = "catalogue";
    /// <summary>
    /// The policy of the pages and feeds that show places left or registration figures besides: a registration evicts
    /// them alone (<see cref="PlacesTag"/>), and the lists, the map and the filters' counts stay in the cache.
    /// </summary>
    public const string PlacesPolicy = "catalogue-places";
    public const string PlacesTag = "catalogue-places";

    public static IServiceCollection AddPublicCache(this IServiceCollection services, IConfiguration configuration)
    {
        var lifetime = TimeSpan.FromSeconds(configuration.GetValue("Cache:PublicSeconds", 60));
        services.AddSingleton<CatalogueVersion>();
        services.AddSingleton<CatalogueChangeInterceptor>();
        services.AddOutputCache(o =>
        {
            // Compression runs inside the cache (Program.cs): each encoding a browser accepts is its own entry.
            o.AddPolicy(Policy, b => Catalogue(b, lifetime));
            o.AddPolicy(PlacesPolicy, b => Catalogue(b, lifetime).Tag(PlacesTag));
        });
        return services;
    }

    private static OutputCachePolicyBuilder Catalogue(OutputCachePolicyBuilder b, TimeSpan lifetime) =>
        b.AddPolicy<ETagPolicy>().Expire(lifetime).SetVaryByQuery("*").SetVaryByHeader(HeaderNames.AcceptEncoding).Tag(Tag);

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

/// <summary>
/// Numbers that change whenever the public catalogue does (<see cref="Value"/>) and whenever places are taken or given
/// back (<see cref="Places"/>); they start from the clock so that a restart changes them too.
/// </summary>
public sealed class CatalogueVersion
{
    private long value = Stopwatch.GetTimestamp();
    private long places = Stopwatch.GetTimestamp();

    /// <summary>The events, their sessions and what the searches find: what the lists, the map and the filters show.</summary>
    public long Value => Interlocked.Read(ref value);

    /// <summary>The places taken: what the event pages, the API and the figures show besides.</summary>
    public long Places => Interlocked.Read(ref places);

    public string ETag => $"W/\"c{Value:x}.{Places:x}\"";

    public void Bump() => Interlocked.Increment(ref value);

    public void BumpPlaces() => Interlocked.Increment(ref places);
}

/// <summary>What a change tells the public pages.</summary>
public enum CatalogueChange
{
    None,
    /// <summary>Places taken or given back, while each session still takes registrations or still does not.</summary>
    PlacesLeft,
    /// <summary>Anything else: the events, their sessions, or a session that fills up or takes registrations again.</summary>
    Content,
}
