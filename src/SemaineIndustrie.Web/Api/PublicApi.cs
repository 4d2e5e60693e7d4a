using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SemaineIndustrie.Web.Infrastructure.Caching;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// The open-data API, versioned under /api/v1 (ADR 0005): every endpoint is open to any site (CORS), rate-limited per
/// client address, and cached with an ETag until the catalogue changes. Its formats are compressed and .geojson served
/// as such by <see cref="Infrastructure.StaticAssets"/>.
/// </summary>
public static class PublicApi
{
    public const string CorsPolicy = "donnees-ouvertes";
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddPublicApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<EventLinks>();
        services.AddSingleton<MapDataCache>();
        services.AddOpenApi(ApiDocumentation.DocumentName, ApiDocumentation.Configure);
        services.AddApiRateLimiting(configuration);
        services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET")
            .WithExposedHeaders("ETag", "Retry-After", "Content-Disposition", ApiSearchRequest.NoticesHeader)));
        services.ConfigureHttpJsonOptions(o =>
        {
            // French as it is written (« d'emploi », « é »): the API sends JSON documents, never script embedded in HTML.
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").RequireCors(CorsPolicy);
        var v1 = app.MapGroup(Prefix)
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(ApiRateLimiting.Policy)
            // Events carry their sessions' places left.
            .CacheOutput(PublicCache.PlacesPolicy)
            .WithTags("Événements")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        v1.MapListEvents();
        v1.MapGetEvent();
        v1.MapEventsGeoJson();
        v1.MapEventsMap();
        v1.MapEventsCsv();
        v1.MapEventsCalendar();
        v1.MapEventFeeds();
        v1.MapSuggestCommunes();
        // An address the API does not have answers in JSON, not with the site's HTML error page.
        v1.Map("/{**path}", (string path) => ApiProblems.UnknownAddress(path)).ExcludeFromDescription();
        return app;
    }
}
