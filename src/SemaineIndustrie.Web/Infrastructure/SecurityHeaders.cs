using Microsoft.Extensions.Options;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>Marks a page made to be shown in another site's frame (a department's list in a prefecture's page).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class EmbeddableAttribute : Attribute;

/// <summary>
/// The headers every answer carries: a Content-Security-Policy without inline scripts, no sniffing, a sober referrer,
/// and no framing but for the pages marked <see cref="EmbeddableAttribute"/>.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var site = app.ApplicationServices.GetRequiredService<IOptions<SiteOptions>>().Value;
        var configuration = app.ApplicationServices.GetRequiredService<IConfiguration>();
        var policy = ContentSecurityPolicy(site.Map.TileUrl, configuration["ProConnect:Authority"]);
        // Both forms made once: every answer carries one, the map's data 15,000 times a second (issue 8).
        var (framed, unframed) = (policy + "; frame-ancestors *", policy + "; frame-ancestors 'none'");
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var embeddable = context.GetEndpoint()?.Metadata.GetMetadata<EmbeddableAttribute>() is not null;
                headers.ContentSecurityPolicy = embeddable ? framed : unframed;
                if (!embeddable) headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                // A page may ask for less (a registrant's private link sends no referrer at all).
                if (!headers.ContainsKey("Referrer-Policy")) headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>Scripts and styles from the site only (styles may be set by Leaflet), tiles from the configured server.</summary>
    public static string ContentSecurityPolicy(string? tileUrl, string? signInAuthority)
    {
        var tiles = Origin(tileUrl?.Replace("{s}", "*"));
        var authority = Origin(signInAuthority);
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            $"img-src 'self' data:{(tiles is null ? "" : " " + tiles)}",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            $"form-action 'self'{(authority is null ? "" : " " + authority)}");
    }

    /// <summary>« https://*.tile.openstreetmap.fr » from a tile template; null when there is none.</summary>
    private static string? Origin(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0) return null;
        var hostEnd = url.IndexOfAny(['/', '?'], schemeEnd + 3);
        return hostEnd < 0 ? url : url[..hostEnd];
    }
}
