using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Catalogue;

public class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/evenements?q=visite")]
    [InlineData("/departements/46")]
    [InlineData("/api/v1/events?department=46")]
    [InlineData("/page-qui-n-existe-pas")]
    public async Task EveryAnswerForbidsInlineScriptsAndFraming(string url)
    {
        var client = (await CatalogueApps.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        var response = await client.GetAsync(url);

        var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task OnlyTheEmbeddableListMayBeFramedByAnotherSite()
    {
        var client = (await CatalogueApps.GetAsync(DatabaseProvider.Sqlite)).CreateClient();
        // Twice: the second answer comes from the output cache and must carry the same headers.
        for (var i = 0; i < 2; i++)
        {
            var response = await client.GetAsync("/departements/46/integration");
            Assert.Contains("frame-ancestors *", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
            Assert.False(response.Headers.Contains("X-Frame-Options"));
        }
    }

    [Fact]
    public void TheMapsTileServerIsTheOnlyOtherImageSource()
    {
        var csp = SecurityHeaders.ContentSecurityPolicy("https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png", null);
        Assert.Contains("img-src 'self' data: https://*.tile.openstreetmap.fr;", csp);
        Assert.Contains("form-action 'self'", csp);
        var withSignIn = SecurityHeaders.ContentSecurityPolicy("", "https://auth.agentconnect.gouv.fr/api/v2");
        Assert.Contains("img-src 'self' data:;", withSignIn);
        Assert.EndsWith("form-action 'self' https://auth.agentconnect.gouv.fr", withSignIn);
    }
}
