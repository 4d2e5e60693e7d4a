using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Api;

/// <summary>A session with what a calendar shows of its event.</summary>
public sealed record CalendarEntry(
    int SessionId, DateTime StartsAtUtc, DateTime EndsAtUtc, DateTime UpdatedAtUtc,
    int EventId, string Title, string Summary, string KindLabel, string OrganisationName,
    string? Venue, string? Address, string? PostalCode, string CommuneName, double? Latitude, double? Longitude, string? OnlineUrl)
{
    /// <summary>Every session of the events, by start: one calendar entry each.</summary>
    public static IQueryable<CalendarEntry> Of(IQueryable<Event> events) => events
        .SelectMany(e => e.Sessions, (e, s) => new { e, s })
        .OrderBy(x => x.s.StartsAtUtc).ThenBy(x => x.s.Id)
        .Select(x => new CalendarEntry(
            x.s.Id, x.s.StartsAtUtc, x.s.EndsAtUtc, x.e.UpdatedAtUtc,
            x.e.Id, x.e.Title, x.e.Summary, x.e.Kind!.Label, x.e.Organisation!.Name,
            x.e.Venue, x.e.Address, x.e.PostalCode ?? x.e.Commune!.PostalCodes, x.e.Commune!.Name, x.e.Latitude, x.e.Longitude, x.e.OnlineUrl));

    /// <summary>« Fonderie du Quercy, 12 rue des Forges, 46000 Cahors », or the online address.</summary>
    public string Location => string.IsNullOrEmpty(OnlineUrl)
        ? string.Join(", ", new[] { Venue, Address, $"{ApiCommune.First(PostalCode)} {CommuneName}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)))
        : $"En ligne : {OnlineUrl}";

    public string Description(string pageUrl) =>
        $"{Summary}\n\n{KindLabel}. Organisateur : {OrganisationName}.\nDétails et inscription : {pageUrl}";
}
