using AngleSharp;
using AngleSharp.Dom;

namespace SemaineIndustrie.Tests.Infrastructure;

public static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"GET {url}: expected {expectedStatus}, got {(int)response.StatusCode}");
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(body));
    }

    public static IReadOnlyList<string> CardTitles(this IDocument document) =>
        document.QuerySelectorAll(".fr-card__title a").Select(a => a.TextContent.Trim()).ToList();

    public static IReadOnlyList<string> Notices(this IDocument document) =>
        document.QuerySelectorAll(".fr-alert p").Select(p => p.TextContent.Trim()).ToList();
}
