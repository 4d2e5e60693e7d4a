using Microsoft.AspNetCore.Identity;

namespace SemaineIndustrie.Web.Administration;

public static class AdministrationRegistration
{
    /// <summary>Editions, reference lists, accounts, the audit log and the steering committees.</summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        // The sign-in cookie is checked against the account every minute (ADR 0010): a locked account is signed out,
        // and granted or revoked roles open or close the areas, within a minute rather than the default half hour.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }
}
