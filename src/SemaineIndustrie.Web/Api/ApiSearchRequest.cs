using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// The search an API request asks for, read from the same query string as the list pages: a 400 when a value cannot be
/// read; otherwise the resolved search, whose notices (unknown codes ignored...) go out in the <c>X-Notices</c> header
/// of every format (ADR 0005).
/// </summary>
public sealed class ApiSearchRequest
{
    public const string NoticesHeader = "X-Notices";

    public ValidationProblem? Problem { get; private init; }
    public EventFilter Filter { get; private init; } = new();
    /// <summary>Null when no edition is published yet: every format is then empty.</summary>
    public ResolvedSearch? Search { get; private init; }
    public IReadOnlyList<string> Notices { get; private init; } = [];

    public static async Task<ApiSearchRequest> ReadAsync(HttpContext http, EventSearch search, CancellationToken ct)
    {
        var parsed = EventFilterParser.Parse(http.Request.Query);
        if (parsed.Errors.Count > 0) return new ApiSearchRequest { Problem = ApiProblems.Invalid(parsed.Errors) };

        var resolved = await search.ResolveAsync(parsed.Filter, ct);
        IReadOnlyList<string> notices = resolved?.Notices ?? ["Aucune édition n’est encore publiée."];
        // Header values must be ASCII: each notice is percent-encoded UTF-8, one header value per notice.
        foreach (var notice in notices) http.Response.Headers.Append(NoticesHeader, Uri.EscapeDataString(notice));
        return new ApiSearchRequest { Filter = parsed.Filter, Search = resolved, Notices = notices };
    }

    /// <summary>Every matching event in the search's order (relevance, distance or date, as on the list page).</summary>
    public IQueryable<Event> Ordered(EventSearch search, AppDbContext db) =>
        Search is null ? db.Events.Where(e => false) : search.Ordered(Search);

    /// <summary>
    /// The ids of every matching event in the search's order, a batch at a time: a projection holding lists (sectors,
    /// audiences) cannot be joined to the full-text ranking, and a whole edition need not sit in memory.
    /// </summary>
    public async IAsyncEnumerable<int[]> OrderedBatchesAsync(EventSearch search, AppDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        var ids = await Ordered(search, db).Select(e => e.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(500)) yield return batch;
    }

    /// <summary>Every matching event, unordered.</summary>
    public IQueryable<Event> Matching(EventSearch search, AppDbContext db) =>
        Search is null ? db.Events.Where(e => false) : search.Filtered(Search);

    /// <summary>« Semaine de l’Industrie 2026 – Lot »: the name of a calendar or a feed of this search.</summary>
    public async Task<string> TitleAsync(string siteName, ReferenceLists lists)
    {
        var title = Search is null ? siteName : $"{siteName} {Search.Edition.Year}";
        if (Search?.Filter.Department is { } department && await lists.DepartmentAsync(department) is { } d)
            return $"{title} – {d.Name}";
        if (Search?.Filter.Region is { } region && (await lists.RegionsAsync()).FirstOrDefault(r => r.Code == region) is { } r)
            return $"{title} – {r.Label}";
        return title;
    }
}
