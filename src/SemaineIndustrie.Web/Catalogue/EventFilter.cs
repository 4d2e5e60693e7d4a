namespace SemaineIndustrie.Web.Catalogue;

/// <summary>
/// What a visitor asks of the public catalogue. The names of the query string are the same on every list page
/// and every feed of the API: q, edition, region, department, commune, place, near, radiusKm, from, to, kind,
/// sector, audience, accessible, registrationOpen, featured, sort, page, pageSize.
/// </summary>
public sealed record EventFilter
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const double MaxRadiusKm = 300;
    /// <summary>The radius around <see cref="Near"/> when none is given.</summary>
    public const double DefaultNearRadiusKm = 20;

    /// <summary>Words to find in the title, summary, description, venue, commune and organisation.</summary>
    public string? Q { get; init; }
    /// <summary>The edition's year; the current edition when empty.</summary>
    public int? Edition { get; init; }
    public string? Region { get; init; }
    public string? Department { get; init; }
    /// <summary>A commune's INSEE code: the events of that commune, or around it when <see cref="RadiusKm"/> is set.</summary>
    public string? Commune { get; init; }
    /// <summary>A commune as a person types it (« Cahors », « 46000 », « Cahors (46000) »), resolved to <see cref="Commune"/>.</summary>
    public string? Place { get; init; }
    /// <summary>A point (« around me »): the events within <see cref="RadiusKm"/> of it.</summary>
    public GeoPoint? Near { get; init; }
    public double? RadiusKm { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Kind { get; init; }
    public string? Sector { get; init; }
    public string? Audience { get; init; }
    /// <summary>Accessible to people with reduced mobility.</summary>
    public bool AccessibleOnly { get; init; }
    /// <summary>At least one session still takes registrations (here or on another site).</summary>
    public bool RegistrationOpenOnly { get; init; }
    public bool FeaturedOnly { get; init; }
    /// <summary>Null: by relevance when there is text, else by date.</summary>
    public EventSort? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasPlace => !string.IsNullOrEmpty(Commune) || !string.IsNullOrEmpty(Place) || Near is not null;
}

public enum EventSort
{
    Date,
    Distance,
    Relevance,
}
