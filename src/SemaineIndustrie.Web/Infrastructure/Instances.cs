using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>
/// What lets several instances serve as one behind a load balancer (docs/deploy.md): the keys that protect cookies,
/// antiforgery and account tokens live in the shared database, so a sign-in made through one instance is honoured by
/// the others; the client's address and scheme come from the proxy's forwarded headers, so rate limits count people,
/// not the proxy.
/// </summary>
public static class Instances
{
    public const string ApplicationName = "semaine-industrie";

    public static IServiceCollection AddInstanceSharing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory, ILogger<DatabaseKeyRepository>>(
            (o, scopes, logger) => o.XmlRepository = new DatabaseKeyRepository(scopes, logger));
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Loopback proxies are trusted by default; others are listed in settings (Proxy:KnownProxies: "10.0.0.5;10.0.0.6").
            foreach (var address in (configuration["Proxy:KnownProxies"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                o.KnownProxies.Add(System.Net.IPAddress.Parse(address));
            o.ForwardLimit = 1;
        });
        return services;
    }
}
