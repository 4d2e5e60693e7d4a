using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Catalogue;

public sealed record EditionSummary(
    int Id, int Year, int? Number, DateOnly? WeekStart, DateOnly? WeekEnd, string? Theme, EditionStatus Status,
    int? PublishedEvents, string? PublishedEventsQualifier, int? PublishedParticipants, string? PublishedParticipantsQualifier)
{
    public static readonly Expression<Func<Edition, EditionSummary>> Projection = e => new EditionSummary(
        e.Id, e.Year, e.Number, e.WeekStart, e.WeekEnd, e.Theme, e.Status,
        e.Published.EventsCount, e.Published.EventsQualifier, e.Published.ParticipantsCount, e.Published.ParticipantsQualifier);

    public bool IsOpen => Status == EditionStatus.Open;
}

/// <summary>An event as a card in a list.</summary>
public sealed record EventCard(
    int Id, string Title, string Summary, string KindLabel, string OrganisationName,
    string CommuneName, string DepartmentCode, string DepartmentName, string TimeZoneId,
    DateTime? StartsAtUtc, DateTime? EndsAtUtc, bool IsFeatured, bool IsOnline, bool IsAccessible,
    double? Latitude, double? Longitude, IReadOnlyList<string> Sectors, IReadOnlyList<string> Audiences,
    string? PictureVersion = null, string? PictureAlt = null)
{
    private static readonly IReadOnlyList<string> NoLabels = [];

    /// <summary>The event's own row and its references; its sectors and audiences come from <see cref="EventLists"/>.</summary>
    private static readonly Expression<Func<Event, EventCard>> WithoutLists = e => new EventCard(
        e.Id, e.Title, e.Summary, e.Kind!.Label, e.Organisation!.Name,
        e.Commune!.Name, e.DepartmentCode, e.Department!.Name, e.Department.TimeZoneId,
        e.StartsAtUtc, e.EndsAtUtc, e.IsFeatured, e.OnlineUrl != null && e.OnlineUrl != "", e.IsAccessibleReducedMobility,
        e.Latitude, e.Longitude, NoLabels, NoLabels,
        e.PictureVersion, e.PictureAlt);

    /// <summary>The cards of these labelled events, in no particular order: two statements whatever their number.</summary>
    public static async Task<List<EventCard>> ReadAsync(AppDbContext db, int[] ids, CancellationToken ct = default)
    {
        if (ids.Length == 0) return [];
        var cards = await CardsOf.For(db)(db, ids).ToListAsync(ct);
        if (cards.Count == 0) return cards;
        var lists = await EventLists.ReadAsync(db, ids, withSessions: false, ct);
        return cards.ConvertAll(c => c with
        {
            Sectors = lists.Sectors(c.Id).Labels(),
            Audiences = lists.Audiences(c.Id).Labels(),
        });
    }

    private static readonly CompiledQuery<Func<AppDbContext, int[], IAsyncEnumerable<EventCard>>> CardsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int[] ids) => db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.Id) && e.Status == EventStatus.Labelled).Select(WithoutLists)));

    public string? PictureUrl => PictureVersion is null ? null : EventPictures.Url(Id, PictureVersion);
}

/// <summary>Everything an event's public page shows.</summary>
public sealed record EventDetails(
    int Id, string Title, string Summary, string Description, string KindCode, string KindLabel,
    int EditionYear, string? EditionTheme,
    string OrganisationName, string? OrganisationWebsite,
    string? Venue, string? Address, string? PostalCode, string CommuneCode, string CommuneName,
    string DepartmentCode, string DepartmentName, string RegionCode, string RegionName, string TimeZoneId,
    double? Latitude, double? Longitude, string? OnlineUrl,
    bool IsAccessible, string? AccessibilityDetails, bool IsFree, bool IsFeatured,
    string? ContactName, string? ContactEmail, string? ContactPhone,
    IReadOnlyList<string> Sectors, IReadOnlyList<string> Audiences, IReadOnlyList<string> Themes,
    IReadOnlyList<SessionView> Sessions, string? PictureVersion = null, string? PictureAlt = null)
{
    public string? PictureUrl => PictureVersion is null ? null : EventPictures.Url(Id, PictureVersion);

    private static readonly IReadOnlyList<string> NoLabels = [];
    private static readonly IReadOnlyList<SessionView> NoSessions = [];

    /// <summary>The event's own row and its references; its lists come from <see cref="EventLists"/>.</summary>
    public static readonly Expression<Func<Event, EventDetails>> WithoutLists = e => new EventDetails(
        e.Id, e.Title, e.Summary, e.Description, e.KindCode, e.Kind!.Label,
        e.Edition!.Year, e.Edition.Theme,
        e.Organisation!.Name, e.Organisation.Website,
        e.Venue, e.Address, e.PostalCode, e.CommuneCode, e.Commune!.Name,
        e.DepartmentCode, e.Department!.Name, e.Department.RegionCode, e.Department.Region!.Name, e.Department.TimeZoneId,
        e.Latitude, e.Longitude, e.OnlineUrl,
        e.IsAccessibleReducedMobility, e.AccessibilityDetails, e.IsFree, e.IsFeatured,
        e.ContactName, e.ContactEmail, e.ContactPhone,
        NoLabels, NoLabels, NoLabels, NoSessions,
        e.PictureVersion, e.PictureAlt);
}

public sealed record SessionView(
    int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, RegistrationMode RegistrationMode,
    int? Capacity, int PlacesTaken, string? ExternalRegistrationUrl, bool RegistrationsClosed = false)
{
    public int? PlacesLeft => Capacity is { } c ? Math.Max(0, c - PlacesTaken) : null;
}
