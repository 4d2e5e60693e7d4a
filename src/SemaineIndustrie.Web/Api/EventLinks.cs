using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Infrastructure;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// Absolute links to the site, for data that leaves it (calendars, feeds, spreadsheets): built from the configured
/// public address, never from the request's Host header, which a client chooses.
/// </summary>
public sealed class EventLinks(IOptions<SiteOptions> site)
{
    private readonly string root = site.Value.PublicBaseUrl.TrimEnd('/');

    public string SiteName => site.Value.Name;

    public string EventPage(int id) => $"{root}/evenements/{id}";

    /// <summary>The list page showing the same search as an API request: the query strings are the same.</summary>
    public string EventList(QueryString query) => $"{root}/evenements{query}";

    public string Api(string path, QueryString query) => $"{root}{path}{query}";
}
