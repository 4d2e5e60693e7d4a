namespace SemaineIndustrie.Web.Catalogue;

/// <summary>What a visitor asks of the public catalogue. Names match the query string of every list and feed.</summary>
public sealed record EventFilter
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The edition's year; the current edition when empty.</summary>
    public int? Edition { get; init; }
    public string? Region { get; init; }
    public string? Department { get; init; }
    public string? Kind { get; init; }
    public string? Sector { get; init; }
    public string? Audience { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public bool FeaturedOnly { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;
}
