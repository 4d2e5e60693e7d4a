using System.Net.Http.Json;
using System.Text.Json;

namespace SemaineIndustrie.Tests.Api;

/// <summary>Reads API answers as a re-user would: real parsers, no knowledge of the server's types.</summary>
public static class ApiClient
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string> GetTextAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsStringAsync();
    }

    public static List<int> Ids(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    /// <summary>The notices of the X-Notices header, decoded.</summary>
    public static List<string> Notices(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Notices", out var values)
            ? values.SelectMany(v => v.Split(',')).Select(v => Uri.UnescapeDataString(v.Trim())).ToList()
            : [];
}
