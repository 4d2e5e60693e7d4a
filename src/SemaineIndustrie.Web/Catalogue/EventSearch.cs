using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SemaineIndustrie.Web.Infrastructure.Caching;
using SemaineIndustrie.Web.Infrastructure.Database;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>
/// The search of labelled events behind every list page and every feed. Text goes through each database's own
/// index (SQLite FTS5, PostgreSQL tsvector with unaccent: see ADR 0004); places through a bounding box on the
/// event's point, refined by an equirectangular distance both databases compute.
/// </summary>
public sealed class EventSearch(
    AppDbContext db, EventCatalogue catalogue, ReferenceLists lists, CommuneIndex communes, TimeProvider clock,
    IMemoryCache cache, CatalogueVersion version)
{
    /// <summary>A filter left out when counting the results each of its values would give.</summary>
    public enum Facet { None, Kind, Sector, Audience, Department, Accessible, RegistrationOpen, Featured }

    public Task<SearchResult> SearchAsync(EventFilter filter, CancellationToken ct = default) =>
        OneConnection.ReadAsync(db, () => ReadPageAsync(filter, ct), ct);

    private async Task<SearchResult> ReadPageAsync(EventFilter filter, CancellationToken ct)
    {
        var search = await ResolveAsync(filter, ct);
        var pageSize = Math.Clamp(filter.PageSize, 1, EventFilter.MaxPageSize);
        if (search is null) return new SearchResult(null, [], 0, 1, pageSize, ["Aucune édition n’est encore publiée."]);

        var (total, page, ids) = await PageAsync(search, filter.Page, pageSize, ct);
        var cards = await EventCard.ReadAsync(db, [.. ids], ct);
        var byId = cards.ToDictionary(c => c.Id);
        var items = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        return new SearchResult(search.Edition, items, total, page, pageSize, search.Notices) { Search = search };
    }

    /// <summary>
    /// How many events match and the ids of one page of them, in the search's order. By relevance, the matches of the
    /// edition are few (the text was resolved once, for the edition only): they are read with their date and ordered
    /// here, count and page in one statement.
    /// </summary>
    public async Task<(int Total, int Page, List<int> Ids)> PageAsync(ResolvedSearch s, int page, int pageSize, CancellationToken ct = default)
    {
        if (s.Sort == EventSort.Relevance && s.TextRanks is { } ranks)
        {
            var matches = (await Filtered(s, textInSql: !ManyTextMatches(s)).Select(e => new { e.Id, e.StartsAtUtc }).ToListAsync(ct))
                .Where(m => ranks.ContainsKey(m.Id)).ToList();
            var lastPage = Math.Max(1, (matches.Count + pageSize - 1) / pageSize);
            var current = Math.Clamp(page, 1, lastPage);
            var ids = matches
                .OrderByDescending(m => ranks.GetValueOrDefault(m.Id)).ThenBy(m => m.StartsAtUtc).ThenBy(m => m.Id)
                .Skip((current - 1) * pageSize).Take(pageSize).Select(m => m.Id).ToList();
            return (matches.Count, current, ids);
        }
        var total = await Filtered(s).CountAsync(ct);
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        var settled = Math.Clamp(page, 1, last);
        var pageIds = total == 0 ? [] : await Ordered(s).Select(e => e.Id).Skip((settled - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (total, settled, pageIds);
    }

    /// <summary>Checks the filter's codes, resolves its place and settles its order; null when no edition exists.</summary>
    public async Task<ResolvedSearch?> ResolveAsync(EventFilter filter, CancellationToken ct = default)
    {
        var notices = new List<string>();
        var edition = filter.Edition is { } year ? await catalogue.EditionAsync(year, ct) : null;
        if (filter.Edition is not null && edition is null)
            notices.Add($"L’édition {filter.Edition} n’existe pas : l’édition en cours est affichée.");
        edition ??= await catalogue.CurrentEditionAsync(ct);
        if (edition is null) return null;

        var f = filter;
        if (f.Department is { } department && await lists.DepartmentAsync(department) is null)
        {
            notices.Add($"Le département « {department} » n’existe pas : ce filtre est ignoré.");
            f = f with { Department = null };
        }
        if (f.Region is { } region && !(await lists.RegionsAsync()).Any(r => r.Code == region))
        {
            notices.Add($"La région « {region} » n’existe pas : ce filtre est ignoré.");
            f = f with { Region = null };
        }
        if (f.Kind is { } kind && !(await lists.KindsAsync()).Any(k => k.Code == kind))
        {
            notices.Add($"Le type d’événement « {kind} » n’existe pas : ce filtre est ignoré.");
            f = f with { Kind = null };
        }
        if (f.Sector is { } sector && !(await lists.SectorsAsync()).Any(s => s.Code == sector))
        {
            notices.Add($"La filière « {sector} » n’existe pas : ce filtre est ignoré.");
            f = f with { Sector = null };
        }
        if (f.Audience is { } audience && !(await lists.AudiencesAsync()).Any(a => a.Code == audience))
        {
            notices.Add($"Le public « {audience} » n’existe pas : ce filtre est ignoré.");
            f = f with { Audience = null };
        }

        var text = SearchText.Parse(f.Q);
        if (f.Q is not null && text.IsEmpty)
            notices.Add($"« {f.Q} » ne contient aucun mot à chercher : le texte est ignoré.");

        var place = await ResolvePlaceAsync(f, notices);
        var sort = f.Sort ?? (text.IsEmpty ? EventSort.Date : EventSort.Relevance);
        if (sort == EventSort.Distance && place?.IsRadius != true)
        {
            notices.Add("Le tri par distance demande un lieu et un rayon : les événements sont triés par date.");
            sort = EventSort.Date;
        }
        if (sort == EventSort.Relevance && text.IsEmpty)
        {
            notices.Add("Le tri par pertinence demande un texte à chercher : les événements sont triés par date.");
            sort = EventSort.Date;
        }
        // The text is looked up once per request, in this edition only: every query of the request (page, count, facets)
        // then filters on these ids instead of going through the full-text index again.
        var ranks = text.IsEmpty ? null : await TextRanksAsync(text, edition.Id, ct);
        return new ResolvedSearch(edition, f, text, place, sort, notices) { TextRanks = ranks };
    }

    private async Task<PlaceSearch?> ResolvePlaceAsync(EventFilter f, List<string> notices)
    {
        PlaceMatch? place = null;
        if (f.Commune is { } code)
        {
            place = await communes.ByCodeAsync(code) is { } commune ? PlaceMatch.Of(commune) : null;
            if (place is null) notices.Add($"Aucune commune n’a le code INSEE « {code} » : ce filtre est ignoré.");
        }
        else if (f.Place is { } text)
        {
            place = await communes.ResolveAsync(text);
            if (place is null)
                notices.Add($"Aucune commune ne correspond à « {text} » : vérifiez l’orthographe ou indiquez le code postal. Ce lieu est ignoré.");
            else if (place.Others.Count > 0)
                notices.Add($"Plusieurs communes s’appellent « {text} » : {place.FormValue} est retenue. "
                    + $"Pour une autre, précisez le code postal ({string.Join(", ", place.Others.Take(5).Select(o => o.Label))}).");
        }

        if (f.Near is { } near)
        {
            if (place is not null) notices.Add("Un lieu et une position sont donnés : la position est retenue.");
            return new PlaceSearch(null, near, f.RadiusKm ?? EventFilter.DefaultNearRadiusKm);
        }
        if (place is null)
        {
            if (f.RadiusKm is not null && f.Commune is null && f.Place is null)
                notices.Add("Un rayon sans lieu ne filtre rien : indiquez une commune ou votre position.");
            return null;
        }
        if (f.RadiusKm is { } radius)
        {
            if (place.Centre is { } centre) return new PlaceSearch(place, centre, radius);
            notices.Add($"La position {place.From} n’est pas connue : seuls ses événements sont retenus.");
        }
        return new PlaceSearch(place, null, null);
    }

    /// <summary>
    /// Beyond this many matches of the text, the statements of a search page leave the text out and its matches,
    /// already in memory (<see cref="ResolvedSearch.TextRanks"/>), are kept here. As one SQL parameter, thousands of ids
    /// cost each statement 10 to 20 ms on PostgreSQL: the generic plan of <c>"Id" = ANY($1)</c> walks the primary key for
    /// each id, and a custom plan spends as long planning the constant array (bench/results/FINDINGS.md). The other
    /// filters (edition, department, dates, kind) narrow the rows read through their indexes instead.
    /// </summary>
    public const int TextMatchesInSqlAtMost = 200;

    private static bool ManyTextMatches(ResolvedSearch s) => s.TextRanks is { Count: > TextMatchesInSqlAtMost };

    /// <summary>
    /// The labelled events of the search's edition that match every filter but <paramref name="except"/>; the text's
    /// matches left for the caller to keep when <paramref name="textInSql"/> is false and they are known.
    /// </summary>
    public IQueryable<Event> Filtered(ResolvedSearch s, Facet except = Facet.None, bool textInSql = true)
    {
        var f = s.Filter;
        var query = db.Events.AsNoTracking().Where(e => e.EditionId == s.Edition.Id && e.Status == EventStatus.Labelled);

        if (!s.Text.IsEmpty && (textInSql || s.TextRanks is null))
        {
            if (s.TextRanks is { } ranks)
            {
                // One parameter holding every id (json_each on SQLite, = ANY on PostgreSQL): a common word matches
                // thousands of events, and one SQL parameter each made every statement of the request slow to prepare.
                var matching = ranks.Keys.ToArray();
                query = query.Where(e => EF.Parameter(matching).Contains(e.Id));
            }
            else
            {
                var matching = TextHits(s.Text, s.Edition.Id).Select(h => h.Id);
                query = query.Where(e => matching.Contains(e.Id));
            }
        }
        if (f.Department is { } department && except != Facet.Department) query = query.Where(e => e.DepartmentCode == department);
        if (f.Region is { } region) query = query.Where(e => e.Department!.RegionCode == region);
        if (f.Kind is { } kind && except != Facet.Kind) query = query.Where(e => e.KindCode == kind);
        if (f.Sector is { } sector && except != Facet.Sector) query = query.Where(e => e.Sectors.Any(x => x.Code == sector));
        if (f.Audience is { } audience && except != Facet.Audience) query = query.Where(e => e.Audiences.Any(x => x.Code == audience));
        if (f.From is { } from)
        {
            var fromUtc = FrenchTime.StartOfDayUtc(from);
            query = query.Where(e => e.EndsAtUtc >= fromUtc);
        }
        if (f.To is { } to)
        {
            var toUtc = FrenchTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(e => e.StartsAtUtc < toUtc);
        }
        if (f.AccessibleOnly && except != Facet.Accessible) query = query.Where(e => e.IsAccessibleReducedMobility);
        if (f.FeaturedOnly && except != Facet.Featured) query = query.Where(e => e.IsFeatured);
        if (f.RegistrationOpenOnly && except != Facet.RegistrationOpen) query = query.Where(RegistrationOpen());

        if (s.Place is { IsRadius: true, Center: { } c, RadiusKm: { } r })
        {
            var dLat = r / GeoPoint.KmPerDegree;
            var dLon = dLat / Math.Max(0.01, c.LongitudeScale);
            var (minLat, maxLat, minLon, maxLon) = (c.Latitude - dLat, c.Latitude + dLat, c.Longitude - dLon, c.Longitude + dLon);
            var (lat0, lon0, k, max) = (c.Latitude, c.Longitude, c.LongitudeScale * c.LongitudeScale, dLat * dLat);
            query = query.Where(e => e.Latitude >= minLat && e.Latitude <= maxLat && e.Longitude >= minLon && e.Longitude <= maxLon
                && (e.Latitude - lat0) * (e.Latitude - lat0) + k * (e.Longitude - lon0) * (e.Longitude - lon0) <= max);
        }
        else if (s.Place?.Match is { CommuneCodes: var codes })
        {
            query = codes.Count == 1 ? query.Where(e => e.CommuneCode == codes[0]) : query.Where(e => codes.Contains(e.CommuneCode));
        }
        return query;
    }

    /// <summary>Every matching event in the search's order: the source of pages and feeds alike.</summary>
    public IQueryable<Event> Ordered(ResolvedSearch s)
    {
        var query = Filtered(s);
        switch (s.Sort)
        {
            case EventSort.Relevance:
                return from e in query
                       join h in TextHits(s.Text, s.Edition.Id) on e.Id equals h.Id
                       orderby h.Rank descending, e.StartsAtUtc, e.Id
                       select e;
            case EventSort.Distance when s.Place is { Center: { } c }:
                var (lat0, lon0, k) = (c.Latitude, c.Longitude, c.LongitudeScale * c.LongitudeScale);
                return query.OrderBy(e => (e.Latitude - lat0) * (e.Latitude - lat0) + k * (e.Longitude - lon0) * (e.Longitude - lon0))
                    .ThenBy(e => e.StartsAtUtc).ThenBy(e => e.Id);
            default:
                return s.FeaturedFirst
                    ? query.OrderByDescending(e => e.IsFeatured).ThenBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
                    : query.OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id);
        }
    }

    /// <summary>How many results each value of each filter would give, the other filters kept.</summary>
    public Task<FacetCounts> FacetsAsync(ResolvedSearch s, CancellationToken ct = default) =>
        OneConnection.ReadAsync(db, () => CountFacetsAsync(s, ct), ct);

    private async Task<FacetCounts> CountFacetsAsync(ResolvedSearch s, CancellationToken ct)
    {
        var inMemory = ManyTextMatches(s);
        var ranks = s.TextRanks;

        // Each value's count: grouped by the database, or, with many text matches, read as (event, value) and kept here.
        async Task<Dictionary<string, int>> Count(Facet facet, Func<IQueryable<Event>, IQueryable<EventValue>> values)
        {
            var query = values(Filtered(s, facet, textInSql: !inMemory));
            if (!inMemory)
                return await query.GroupBy(v => v.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            return (await query.ToListAsync(ct)).Where(v => ranks!.ContainsKey(v.Id)).GroupBy(v => v.Value).ToDictionary(g => g.Key, g => g.Count());
        }

        async Task<int> CountWhere(Facet facet, System.Linq.Expressions.Expression<Func<Event, bool>> predicate)
        {
            var query = Filtered(s, facet, textInSql: !inMemory).Where(predicate);
            return inMemory ? (await query.Select(e => e.Id).ToListAsync(ct)).Count(ranks!.ContainsKey) : await query.CountAsync(ct);
        }

        return new FacetCounts(
            await Count(Facet.Kind, q => q.Select(e => new EventValue { Id = e.Id, Value = e.KindCode })),
            await Count(Facet.Sector, q => q.SelectMany(e => e.Sectors, (e, x) => new EventValue { Id = e.Id, Value = x.Code })),
            await Count(Facet.Audience, q => q.SelectMany(e => e.Audiences, (e, x) => new EventValue { Id = e.Id, Value = x.Code })),
            await Count(Facet.Department, q => q.Select(e => new EventValue { Id = e.Id, Value = e.DepartmentCode })),
            await CountWhere(Facet.Accessible, e => e.IsAccessibleReducedMobility),
            await CountWhere(Facet.RegistrationOpen, RegistrationOpen()),
            await CountWhere(Facet.Featured, e => e.IsFeatured));
    }

    /// <summary>One value of a facet for one event.</summary>
    private sealed class EventValue
    {
        public int Id { get; init; }
        public string Value { get; init; } = "";
    }

    /// <summary>
    /// The edition's matches of a text, kept until the catalogue changes (its version is in the key): visitors type few
    /// different words, and one full-text evaluation of a prefix over every edition costs tens of milliseconds.
    /// </summary>
    private async Task<IReadOnlyDictionary<int, double>> TextRanksAsync(SearchText text, int editionId, CancellationToken ct)
    {
        var key = ("text-ranks", version.Value, editionId, text.ToFts5());
        if (cache.TryGetValue(key, out IReadOnlyDictionary<int, double>? ranks) && ranks is not null) return ranks;
        ranks = await TextHits(text, editionId).ToDictionaryAsync(h => h.Id, h => h.Rank, ct);
        cache.Set(key, ranks, TimeSpan.FromMinutes(10));
        return ranks;
    }

    /// <summary>
    /// A session still takes registrations: here with places left and not closed by its organiser, or on another site,
    /// and it has not begun.
    /// </summary>
    private System.Linq.Expressions.Expression<Func<Event, bool>> RegistrationOpen()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return e => e.Sessions.Any(x => x.StartsAtUtc > now
            && (x.RegistrationMode == RegistrationMode.External
                || (x.RegistrationMode == RegistrationMode.Platform && !x.RegistrationsClosed && (x.Capacity == null || x.PlacesTaken < x.Capacity))));
    }

    /// <summary>
    /// The events of an edition whose words match, with a relevance score: the provider's own full-text index. The
    /// score (bm25, ts_rank) is computed for the edition's matches only, not for those of every edition. On SQLite the
    /// edition is a filter on the MATCH's rows (<c>+rowid</c>): offered to FTS5 as a rowid constraint, or joined, it makes
    /// FTS5 evaluate the whole MATCH once per event of the edition (seconds per search on 10,000 events).
    /// </summary>
    private IQueryable<TextHit> TextHits(SearchText text, int editionId) =>
        db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite"
            ? db.Database.SqlQuery<TextHit>(
                $"SELECT rowid AS \"Id\", -bm25(\"EventSearch\", 10.0, 4.0, 1.0, 3.0, 3.0, 2.0) AS \"Rank\" FROM \"EventSearch\" WHERE \"EventSearch\" MATCH {text.ToFts5()} AND +rowid IN (SELECT \"Id\" FROM \"Events\" WHERE \"EditionId\" = {editionId})")
            : db.Database.SqlQuery<TextHit>(
                $"SELECT \"Id\", ts_rank(\"SearchVector\", to_tsquery('simple', {text.ToTsQuery()}))::float8 AS \"Rank\" FROM \"Events\" WHERE \"EditionId\" = {editionId} AND \"SearchVector\" @@ to_tsquery('simple', {text.ToTsQuery()})");
}

/// <summary>A row of the full-text index: an event and how well it matches.</summary>
public sealed class TextHit
{
    public int Id { get; set; }
    public double Rank { get; set; }
}
