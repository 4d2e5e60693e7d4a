using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Api;

/// <summary>A labelled event as the API gives it: enough to show it, place it on a map and register for a session.</summary>
public sealed record ApiEvent(
    int Id, string Title, string Summary, Choice Kind, IReadOnlyList<Choice> Sectors, IReadOnlyList<Choice> Audiences,
    string Organisation, string? Venue, string? Address, ApiCommune Commune, ApiTerritory Department, ApiTerritory Region,
    double? Latitude, double? Longitude, string? OnlineUrl, bool Accessible, bool Free, bool Featured,
    string TimeZone, IReadOnlyList<ApiSession> Sessions)
{
    /// <summary>The event's public page.</summary>
    public string Url { get; init; } = "";

    /// <summary>The events as the API gives them: one query, sessions in the department's time zone, links to the site.</summary>
    public static async Task<List<ApiEvent>> ReadAsync(IQueryable<Event> events, EventLinks links, CancellationToken ct) =>
        (await events.AsNoTracking().AsSplitQuery().Select(Projection).ToListAsync(ct))
            .Select(e => e with
            {
                Url = links.EventPage(e.Id),
                Sessions = e.Sessions.Select(s => s with
                {
                    StartsAt = ApiTime.Local(s.StartsAt.UtcDateTime, e.TimeZone),
                    EndsAt = ApiTime.Local(s.EndsAt.UtcDateTime, e.TimeZone),
                }).ToList(),
            })
            .ToList();

    /// <summary>Times come out in UTC: the department's zone cannot be reached from a session's subquery on SQLite.</summary>
    private static readonly Expression<Func<Event, ApiEvent>> Projection = e => new ApiEvent(
        e.Id, e.Title, e.Summary, new Choice(e.KindCode, e.Kind!.Label),
        e.Sectors.OrderBy(s => s.Label).Select(s => new Choice(s.Code, s.Label)).ToList(),
        e.Audiences.OrderBy(a => a.SortOrder).Select(a => new Choice(a.Code, a.Label)).ToList(),
        e.Organisation!.Name, e.Venue, e.Address,
        new ApiCommune(e.CommuneCode, e.Commune!.Name, e.PostalCode ?? e.Commune.PostalCodes),
        new ApiTerritory(e.DepartmentCode, e.Department!.Name), new ApiTerritory(e.Department.RegionCode, e.Department.Region!.Name),
        e.Latitude, e.Longitude, e.OnlineUrl, e.IsAccessibleReducedMobility, e.IsFree, e.IsFeatured, e.Department.TimeZoneId,
        e.Sessions.OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id).Select(s => new ApiSession(
            s.Id, ApiTime.Utc(s.StartsAtUtc), ApiTime.Utc(s.EndsAtUtc),
            s.RegistrationMode, s.Capacity, s.Capacity == null ? null : s.Capacity > s.PlacesTaken ? s.Capacity - s.PlacesTaken : 0,
            s.ExternalRegistrationUrl)).ToList());
}

/// <param name="PostalCode">The event's own postal code, else the commune's first.</param>
public sealed record ApiCommune(string Code, string Name, string PostalCode)
{
    public string PostalCode { get; init; } = First(PostalCode);

    /// <summary>The first of « 46000 46090 »: communes list their postal codes separated by spaces.</summary>
    public static string First(string? postalCodes) => postalCodes?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}

public sealed record ApiTerritory(string Code, string Name);

/// <summary>A session with its own times and places: <see cref="PlacesLeft"/> is null when nobody registers on the platform.</summary>
public sealed record ApiSession(
    int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, RegistrationMode Registration, int? Capacity, int? PlacesLeft,
    string? RegistrationUrl);

/// <summary>Instants written with the offset of the event's department (ADR 0002), so that « 09:00+01:00 » reads as on the event page.</summary>
public static class ApiTime
{
    public static DateTimeOffset Local(DateTime utc, string timeZoneId)
    {
        var local = FrenchTime.ToLocal(utc, timeZoneId);
        return new DateTimeOffset(local, local - DateTime.SpecifyKind(utc, DateTimeKind.Unspecified));
    }

    public static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
