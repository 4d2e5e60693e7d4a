using Microsoft.AspNetCore.Http.Extensions;

namespace SemaineIndustrie.Web.Pages.Shared;

public static class PageLinks
{
    /// <summary>The current URL with one query parameter replaced (or removed when the value is null).</summary>
    public static string With(HttpRequest request, string key, string? value) => With(request, (key, value));

    /// <summary>The current URL with query parameters replaced or removed; the page always starts again at 1 but when asked.</summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var keys = changes.Select(c => c.Key).Append(changes.Any(c => c.Key == "page") ? "" : "page").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var query = QueryWithout(request, keys);
        foreach (var (key, value) in changes)
            if (value is not null) query.Add(key, value);
        return request.Path + query.ToQueryString();
    }

    /// <summary>The current query string, empty values dropped, without the given parameters.</summary>
    public static QueryBuilder QueryWithout(HttpRequest request, IReadOnlySet<string> keys) =>
        new(request.Query
            .Where(p => !keys.Contains(p.Key))
            .SelectMany(p => p.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string>(p.Key, v!))));
}
