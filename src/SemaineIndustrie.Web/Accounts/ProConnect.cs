using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SemaineIndustrie.Web.Accounts;

/// <summary>
/// ProConnect, the State agents' sign-in (OpenID Connect), when <c>ProConnect:Authority</c>, <c>ClientId</c> and
/// <c>ClientSecret</c> are set; off otherwise. A ProConnect identity is linked to the account of the same,
/// verified e-mail address (agents are invited by e-mail), or opens a new account.
/// </summary>
public static class ProConnect
{
    public const string Scheme = "ProConnect";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["ProConnect:Authority"]) && !string.IsNullOrWhiteSpace(configuration["ProConnect:ClientId"]);

    public static IServiceCollection AddProConnect(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration)) return services;
        services.AddAuthentication().AddOpenIdConnect(Scheme, "ProConnect", o =>
        {
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.Authority = configuration["ProConnect:Authority"];
            o.ClientId = configuration["ProConnect:ClientId"];
            o.ClientSecret = configuration["ProConnect:ClientSecret"];
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.CallbackPath = "/compte/proconnect/retour-oidc";
            o.SignedOutCallbackPath = "/compte/proconnect/deconnexion-oidc";
            o.Scope.Clear();
            foreach (var scope in (configuration["ProConnect:Scopes"] ?? "openid email given_name usual_name").Split(' '))
                o.Scope.Add(scope);
            o.GetClaimsFromUserInfoEndpoint = true;
            o.MapInboundClaims = true;
            o.SaveTokens = false;
        });
        return services;
    }
}
