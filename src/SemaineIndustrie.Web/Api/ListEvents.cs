using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Api;

/// <summary>A page of the events matching a search, in the list page's order.</summary>
public sealed record EventPage(
    int Page, int PageSize, int Total, int TotalPages, IReadOnlyList<string> Notices, IReadOnlyList<ApiEvent> Items);

public static class ListEvents
{
    public static void MapListEvents(this RouteGroupBuilder api) =>
        api.MapGet("/events", ListAsync)
            .WithName("ListEvents")
            .WithSummary("Événements labellisés, page par page (JSON)")
            .WithDescription("Les événements labellisés qui répondent à la recherche, dans l’ordre de la page « Événements » du site, "
                + "avec leurs séances, leur capacité et les places restantes. Les codes inconnus sont ignorés et signalés dans « notices ».")
            .WithSearchParameters(paged: true);

    private static Task<Results<Ok<EventPage>, ValidationProblem>> ListAsync(
        HttpContext http, EventSearch search, AppDbContext db, EventLinks links, CancellationToken ct) =>
        OneConnection.ReadAsync(db, () => ReadPageAsync(http, search, db, links, ct), ct);

    private static async Task<Results<Ok<EventPage>, ValidationProblem>> ReadPageAsync(
        HttpContext http, EventSearch search, AppDbContext db, EventLinks links, CancellationToken ct)
    {
        var request = await ApiSearchRequest.ReadAsync(http, search, ct);
        if (request.Problem is { } problem) return problem;

        var pageSize = request.Filter.PageSize;
        var (total, page, ids) = request.Search is { } resolved
            ? await search.PageAsync(resolved, request.Filter.Page, pageSize, ct)
            : (0, 1, []);
        var totalPages = Math.Max(1, (total + pageSize - 1) / pageSize);
        var events = (await ApiEvent.ReadAsync(db, [.. ids], links, ct)).ToDictionary(e => e.Id);
        var items = ids.Where(events.ContainsKey).Select(id => events[id]).ToList();
        return TypedResults.Ok(new EventPage(page, pageSize, total, totalPages, request.Notices, items));
    }
}
