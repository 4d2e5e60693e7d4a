namespace SemaineIndustrie.Web.Catalogue;

public static class CatalogueRegistration
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<ReferenceLists>();
        services.AddScoped<EventCatalogue>();
        services.AddScoped<EventSearch>();
        services.AddScoped<CommuneIndex>();
        return services;
    }
}
