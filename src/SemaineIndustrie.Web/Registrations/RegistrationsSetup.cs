using Microsoft.AspNetCore.OpenApi;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Mail;

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
        services.AddSingleton<RegistrationQueue>();
        services.AddSingleton<IUrgentWork>(sp => sp.GetRequiredService<RegistrationQueue>());
        services.AddSingleton<RegistrationDesk>();
        services.AddSingleton<RegistrationLetters>();
        services.AddScoped<RegistrationBatch>();
        services.AddScoped<RegistrationChanges>();
        services.AddScoped<RegistrationMails>();
        services.AddScoped<RegistrationHousekeeping>();
        services.AddScoped<RegistrationAccess>();
        services.AddScoped<DemoRegistrations>();
        services.AddHostedService<RegistrationHousekeepingService>();
        services.AddHostedService<RegistrationWarmUp>();
        services.AddRateLimiter(o => o.AddPolicy<string, RegistrationRateLimitPolicy>(RegistrationRateLimitPolicy.Name));
        // Partners' pages may post from the visitor's browser.
        services.AddCors(o => o.AddPolicy(RegistrationsApi.CorsPolicy, p => p.AllowAnyOrigin().WithMethods("POST")
            .WithHeaders("Content-Type").WithExposedHeaders("Location", "Retry-After")));
        services.Configure<OpenApiOptions>(ApiDocumentation.DocumentName, o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Description += " Les sites partenaires inscrivent aussi des personnes et des groupes aux séances "
                + "(POST /api/v1/sessions/{sessionId}/registrations), dans des limites par adresse IP et par adresse électronique.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapRegistrations(this IEndpointRouteBuilder app)
    {
        app.MapRegistrationsApi();
        return app;
    }
}
