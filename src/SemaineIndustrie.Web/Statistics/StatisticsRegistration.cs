using SemaineIndustrie.Web.Communication;

namespace SemaineIndustrie.Web.Statistics;

public static class StatisticsRegistration
{
    public static IServiceCollection AddStatisticsAndCommunication(this IServiceCollection services)
    {
        services.AddScoped<StatisticsService>();
        services.AddScoped<StatisticsPages>();
        services.AddScoped<CommunicationKit>();
        return services;
    }
}
