using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Infrastructure.Database;

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

    /// <summary>
    /// These labelled events as the API gives them, in no particular order: the events, then their lists and sessions
    /// (three statements, see <see cref="EventLists"/>); sessions in the department's time zone, links to the site.
    /// </summary>
    public static async Task<List<ApiEvent>> ReadAsync(AppDbContext db, int[] ids, EventLinks links, CancellationToken ct)
    {
        if (ids.Length == 0) return [];
        var found = await EventsOf.For(db)(db, ids).ToListAsync(ct);
        if (found.Count == 0) return found;
        var lists = await EventLists.ReadAsync(db, ids, withSessions: true, ct);
        return found.ConvertAll(e => e with
        {
            Url = links.EventPage(e.Id),
            Sectors = lists.Sectors(e.Id),
            Audiences = lists.Audiences(e.Id),
            Sessions = [.. lists.Sessions(e.Id).Select(s => new ApiSession(
                s.Id, ApiTime.Local(s.StartsAtUtc, e.TimeZone), ApiTime.Local(s.EndsAtUtc, e.TimeZone),
                s.RegistrationMode, s.Capacity, s.PlacesLeft, s.ExternalRegistrationUrl))],
        });
    }

    private static readonly IReadOnlyList<Choice> NoChoices = [];
    private static readonly IReadOnlyList<ApiSession> NoSessions = [];

    private static readonly Expression<Func<Event, ApiEvent>> WithoutLists = e => new ApiEvent(
        e.Id, e.Title, e.Summary, new Choice(e.KindCode, e.Kind!.Label), NoChoices, NoChoices,
        e.Organisation!.Name, e.Venue, e.Address,
        new ApiCommune(e.CommuneCode, e.Commune!.Name, e.PostalCode ?? e.Commune.PostalCodes),
        new ApiTerritory(e.DepartmentCode, e.Department!.Name), new ApiTerritory(e.Department.RegionCode, e.Department.Region!.Name),
        e.Latitude, e.Longitude, e.OnlineUrl, e.IsAccessibleReducedMobility, e.IsFree, e.IsFeatured, e.Department.TimeZoneId,
        NoSessions);

    private static readonly CompiledQuery<Func<AppDbContext, int[], IAsyncEnumerable<ApiEvent>>> EventsOf = new(() => EF.CompileAsyncQuery(
        (AppDbContext db, int[] ids) => db.Events.AsNoTracking()
            .Where(e => ids.Contains(e.Id) && e.Status == EventStatus.Labelled).Select(WithoutLists)));
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
