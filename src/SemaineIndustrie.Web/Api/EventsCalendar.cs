using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Api;

/// <summary>Any search as a calendar to subscribe to: one entry per session of every matching event.</summary>
public static class EventsCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static void MapEventsCalendar(this RouteGroupBuilder api) =>
        api.MapGet("/events.ics", CalendarAsync)
            .WithName("EventsCalendar")
            .WithSummary("Les événements de la recherche comme agenda à s’abonner (iCalendar)")
            .WithDescription("Un agenda iCalendar (RFC 5545) : une entrée par séance de chaque événement qui répond à la recherche, "
                + "identifiée par « session-{numéro}@semaine-industrie », heures en UTC. Toutes les séances, sans pagination.")
            .WithSearchParameters(paged: false)
            .Produces<string>(StatusCodes.Status200OK, ContentType);

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> CalendarAsync(
        HttpContext http, EventSearch search, ReferenceLists lists, AppDbContext db, EventLinks links, CancellationToken ct)
    {
        var request = await ApiSearchRequest.ReadAsync(http, search, ct);
        if (request.Problem is { } problem) return problem;
        var name = await request.TitleAsync(links.SiteName, lists);
        var description = $"Les événements labellisés de la recherche : {links.EventList(http.Request.QueryString)}";
        return Write(name, description, CalendarEntry.Of(request.Matching(search, db)), links, fileName: null, ct);
    }

    /// <summary>Streams the calendar: a large search is never held in memory.</summary>
    public static PushStreamHttpResult Write(
        string name, string? description, IQueryable<CalendarEntry> entries, EventLinks links, string? fileName, CancellationToken ct) =>
        TypedResults.Stream(async body =>
        {
            await using var text = new StreamWriter(body, new UTF8Encoding(false), bufferSize: 16 * 1024, leaveOpen: true);
            var calendar = new ICalendarWriter(text);
            await calendar.BeginAsync(name, description);
            await foreach (var entry in entries.AsAsyncEnumerable().WithCancellation(ct))
                await calendar.EventAsync(entry, links.EventPage(entry.EventId));
            await calendar.EndAsync();
        }, ContentType, fileName);
}
