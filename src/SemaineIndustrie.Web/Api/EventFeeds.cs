using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Api;

/// <summary>RSS 2.0 and Atom feeds of the newly labelled events of a search: the latest 50, newest label first.</summary>
public static class EventFeeds
{
    public const int Size = 50;
    public const string RssContentType = "application/rss+xml; charset=utf-8";
    public const string AtomContentType = "application/atom+xml; charset=utf-8";

    public static void MapEventFeeds(this RouteGroupBuilder api)
    {
        Map(api, "/events.rss", "EventsRss", "RSS 2.0", RssContentType, feed => new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false));
        Map(api, "/events.atom", "EventsAtom", "Atom", AtomContentType, feed => new Atom10FeedFormatter(feed));
    }

    private static void Map(RouteGroupBuilder api, string path, string name, string formatName, string contentType,
        Func<SyndicationFeed, SyndicationFeedFormatter> format) =>
        api.MapGet(path, (HttpContext http, EventSearch search, ReferenceLists lists, AppDbContext db, EventLinks links, CancellationToken ct) =>
                FeedAsync(http, search, lists, db, links, format, contentType, ct))
            .WithName(name)
            .WithSummary($"Les derniers événements labellisés de la recherche ({formatName})")
            .WithDescription($"Les {Size} derniers événements labellisés qui répondent à la recherche, du plus récent label au plus ancien.")
            .WithSearchParameters(paged: false)
            .Produces<string>(StatusCodes.Status200OK, contentType);

    private sealed record Item(int Id, string Title, string Summary, string Kind, string Commune, string Department,
        DateTime? StartsAtUtc, string TimeZoneId, DateTime LabelledAtUtc);

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> FeedAsync(
        HttpContext http, EventSearch search, ReferenceLists lists, AppDbContext db, EventLinks links,
        Func<SyndicationFeed, SyndicationFeedFormatter> format, string contentType, CancellationToken ct)
    {
        var request = await ApiSearchRequest.ReadAsync(http, search, ct);
        if (request.Problem is { } problem) return problem;
        // Events labelled before the platform kept the date fall back on their last change.
        var items = await request.Matching(search, db)
            .OrderByDescending(e => e.LabelledAtUtc ?? e.UpdatedAtUtc).ThenByDescending(e => e.Id)
            .Take(Size)
            .Select(e => new Item(e.Id, e.Title, e.Summary, e.Kind!.Label, e.Commune!.Name, e.Department!.Name,
                e.StartsAtUtc, e.Department.TimeZoneId, e.LabelledAtUtc ?? e.UpdatedAtUtc))
            .ToListAsync(ct);

        var title = await request.TitleAsync(links.SiteName, lists);
        var feed = new SyndicationFeed(title, "Les derniers événements labellisés", new Uri(links.EventList(http.Request.QueryString)))
        {
            Id = links.Api(http.Request.Path, http.Request.QueryString),
            Language = "fr",
            LastUpdatedTime = items.Count == 0 ? DateTimeOffset.UnixEpoch : ApiTime.Utc(items.Max(i => i.LabelledAtUtc)),
            Items = items.Select(i => ToItem(i, links.EventPage(i.Id))).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = links.SiteName });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(feed.Id), contentType.Split(';')[0]));

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            format(feed).WriteTo(xml);
        return TypedResults.File(buffer.ToArray(), contentType);
    }

    private static SyndicationItem ToItem(Item i, string url)
    {
        var when = i.StartsAtUtc is { } start ? $"{FrenchTime.Day(DateOnly.FromDateTime(FrenchTime.ToLocal(start, i.TimeZoneId)))}, " : "";
        var text = $"{i.Kind} – {when}{i.Commune} ({i.Department}). {i.Summary}";
        return new SyndicationItem(i.Title, text, new Uri(url), url, ApiTime.Utc(i.LabelledAtUtc)) { PublishDate = ApiTime.Utc(i.LabelledAtUtc) };
    }

}
