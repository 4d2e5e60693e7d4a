using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>Static files and compressed responses, with the formats of the open data among them.</summary>
public static class StaticAssets
{
    /// <summary>What the site serves besides HTML that compresses well.</summary>
    public static readonly string[] CompressedTypes =
        ["application/geo+json", "application/problem+json", "text/csv", "text/calendar", "application/rss+xml", "application/atom+xml", "image/svg+xml"];

    public static IServiceCollection AddSiteCompression(this IServiceCollection services) =>
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(CompressedTypes);
        });

    public static IApplicationBuilder UseSiteStaticFiles(this IApplicationBuilder app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = Api.EventsGeoJson.ContentType;
        return app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = types });
    }
}
