namespace SemaineIndustrie.Web.Registrations;

/// <summary>Registrations for sessions: the public form, the partners' endpoint, the mails and their housekeeping.</summary>
public static class RegistrationsSetup
{
    public const string RateLimitPolicy = RegistrationRateLimitPolicy.Name;

    public static IServiceCollection AddRegistrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RegistrationOptions>(configuration.GetSection("Registrations"));
        services.Configure<RegistrationRateLimitOptions>(configuration.GetSection("RateLimits:Registrations"));
        services.AddSingleton<RegistrationThrottle>();
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<RegistrationChanges>();
        services.AddScoped<RegistrationMails>();
        services.AddRateLimiter(o => o.AddPolicy<string, RegistrationRateLimitPolicy>(RegistrationRateLimitPolicy.Name));
        return services;
    }

    public static IEndpointRouteBuilder MapRegistrations(this IEndpointRouteBuilder app) => app;
}
