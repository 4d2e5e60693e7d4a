namespace SemaineIndustrie.Web.Catalogue;

/// <summary>
/// A filter checked against the reference lists: unknown codes dropped (and said so in <see cref="Notices"/>),
/// the place resolved to a point, the text cut into terms, the sort settled.
/// </summary>
public sealed record ResolvedSearch(
    EditionSummary Edition, EventFilter Filter, SearchText Text, PlaceSearch? Place, EventSort Sort, IReadOnlyList<string> Notices)
{
    /// <summary>The default order of a list without text: highlights of the week first, then by date.</summary>
    public bool FeaturedFirst => Filter.Sort is null && Sort == EventSort.Date;

    /// <summary>The edition's events that match the text, with their relevance; null when no text is searched.</summary>
    public IReadOnlyDictionary<int, double>? TextRanks { get; init; }
}

/// <summary>Where to look: within a commune (or a postal code), or within a radius of a point.</summary>
public sealed record PlaceSearch(PlaceMatch? Match, GeoPoint? Center, double? RadiusKm)
{
    public bool IsRadius => Center is not null && RadiusKm is not null;

    /// <summary>« à moins de 30 km de Cahors (46000) », « à Cahors (46000) », « à moins de 20 km de votre position ».</summary>
    public string Describe() => (IsRadius, Match) switch
    {
        (true, { } m) => $"à moins de {RadiusKm:0.#} km {m.From}",
        (true, null) => $"à moins de {RadiusKm:0.#} km de votre position",
        (false, { } m) => m.In,
        _ => "",
    };
}

/// <summary>The facets a list page shows next to its filters: how many results each choice would give.</summary>
public sealed record FacetCounts(
    IReadOnlyDictionary<string, int> Kinds, IReadOnlyDictionary<string, int> Sectors, IReadOnlyDictionary<string, int> Audiences,
    IReadOnlyDictionary<string, int> Departments, int Accessible, int RegistrationOpen, int Featured)
{
    public static readonly FacetCounts Empty = new(
        new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<string, int>(), 0, 0, 0);
}

public sealed record SearchResult(
    EditionSummary? Edition, IReadOnlyList<EventCard> Items, int Total, int Page, int PageSize, IReadOnlyList<string> Notices)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public ResolvedSearch? Search { get; init; }

    /// <summary>How far the event is from the place searched, when a point was searched around.</summary>
    public double? DistanceKm(EventCard card) =>
        Search?.Place?.Center is { } center && card.Latitude is { } lat && card.Longitude is { } lon ? center.DistanceKm(lat, lon) : null;
}
