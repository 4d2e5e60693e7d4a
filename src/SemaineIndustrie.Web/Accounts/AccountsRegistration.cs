using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Web.Accounts;

public static class AccountsRegistration
{
    public const string SignInRateLimit = "sign-in";

    /// <summary>Identity accounts, the areas of organisers, committees and administrators, sign-in throttling, mail.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddMail(configuration);
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                // Length rather than character classes, as the ANSSI recommends for passwords people type.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Accounts:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrors>()
            .AddClaimsPrincipalFactory<AppClaimsFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "si_session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/compte/connexion";
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/compte/acces-refuse";
            o.ReturnUrlParameter = "retour";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Reviewer, p => p.RequireClaim(Policies.RoleClaim))
            .AddPolicy(Policies.Administrator, p => p.RequireClaim(Policies.RoleClaim, "administrator"));
        services.AddScoped<Access>();
        services.AddScoped<AccountMails>();
        services.AddScoped<Demo.DemoAccounts>();
        services.AddProConnect(configuration);

        var perMinute = configuration.GetValue("Accounts:SignInAttemptsPerMinute", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Posted sign-in and account forms, per client address; pages themselves are never throttled.
            o.AddPolicy(SignInRateLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("get"));
        });
        return services;
    }

    /// <summary>Authentication and authorization, between routing and the endpoints; Program adds the one rate limiter.</summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app) =>
        app.UseAuthentication().UseAuthorization();
}
