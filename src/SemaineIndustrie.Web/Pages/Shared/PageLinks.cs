using Microsoft.AspNetCore.Http.Extensions;

namespace SemaineIndustrie.Web.Pages.Shared;

public static class PageLinks
{
    /// <summary>The current URL with one query parameter replaced (or removed when the value is null).</summary>
    public static string With(HttpRequest request, string key, string? value)
    {
        var query = new QueryBuilder(request.Query
            .Where(p => !string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? ""))));
        if (value is not null) query.Add(key, value);
        return request.Path + query.ToQueryString();
    }
}
