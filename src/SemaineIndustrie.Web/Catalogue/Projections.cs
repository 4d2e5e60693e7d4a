using System.Linq.Expressions;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;

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
    public static readonly Expression<Func<Event, EventCard>> Projection = e => new EventCard(
        e.Id, e.Title, e.Summary, e.Kind!.Label, e.Organisation!.Name,
        e.Commune!.Name, e.DepartmentCode, e.Department!.Name, e.Department.TimeZoneId,
        e.StartsAtUtc, e.EndsAtUtc, e.IsFeatured, e.OnlineUrl != null && e.OnlineUrl != "", e.IsAccessibleReducedMobility,
        e.Latitude, e.Longitude,
        e.Sectors.OrderBy(s => s.Label).Select(s => s.Label).ToList(),
        e.Audiences.OrderBy(a => a.SortOrder).Select(a => a.Label).ToList(),
        e.PictureVersion, e.PictureAlt);

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

    public static readonly Expression<Func<Event, EventDetails>> Projection = e => new EventDetails(
        e.Id, e.Title, e.Summary, e.Description, e.KindCode, e.Kind!.Label,
        e.Edition!.Year, e.Edition.Theme,
        e.Organisation!.Name, e.Organisation.Website,
        e.Venue, e.Address, e.PostalCode, e.CommuneCode, e.Commune!.Name,
        e.DepartmentCode, e.Department!.Name, e.Department.RegionCode, e.Department.Region!.Name, e.Department.TimeZoneId,
        e.Latitude, e.Longitude, e.OnlineUrl,
        e.IsAccessibleReducedMobility, e.AccessibilityDetails, e.IsFree, e.IsFeatured,
        e.ContactName, e.ContactEmail, e.ContactPhone,
        e.Sectors.OrderBy(s => s.Label).Select(s => s.Label).ToList(),
        e.Audiences.OrderBy(a => a.SortOrder).Select(a => a.Label).ToList(),
        e.Themes.OrderBy(t => t.SortOrder).Select(t => t.Label).ToList(),
        e.Sessions.OrderBy(s => s.StartsAtUtc).Select(s => new SessionView(
            s.Id, s.StartsAtUtc, s.EndsAtUtc, s.RegistrationMode, s.Capacity, s.PlacesTaken, s.ExternalRegistrationUrl, s.RegistrationsClosed)).ToList(),
        e.PictureVersion, e.PictureAlt);
}

public sealed record SessionView(
    int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, RegistrationMode RegistrationMode,
    int? Capacity, int PlacesTaken, string? ExternalRegistrationUrl, bool RegistrationsClosed = false)
{
    public int? PlacesLeft => Capacity is { } c ? Math.Max(0, c - PlacesTaken) : null;
}
