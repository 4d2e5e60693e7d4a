using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>The session as the registration form presents it: its event, time and place.</summary>
public sealed record SessionHeader(
    int EventId, string EventTitle, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId,
    string? Venue, string? Address, string? PostalCode, string CommuneName, string? OnlineUrl, string OrganisationName,
    string? ExternalRegistrationUrl, IReadOnlyList<string> AudienceCodes)
{
    /// <summary>Audiences who come as a class: their events offer the group form first.</summary>
    private static readonly string[] SchoolAudiences = ["ecoliers", "collegiens", "lyceens"];

    public static Task<SessionHeader?> ReadAsync(AppDbContext db, int sessionId, CancellationToken ct) =>
        db.Sessions.AsNoTracking().Where(s => s.Id == sessionId && (s.Event!.Status == EventStatus.Labelled || s.Event.Status == EventStatus.Cancelled))
            .Select(s => new SessionHeader(s.EventId, s.Event!.Title, s.StartsAtUtc, s.EndsAtUtc, s.Event.Department!.TimeZoneId,
                s.Event.Venue, s.Event.Address, s.Event.PostalCode, s.Event.Commune!.Name, s.Event.OnlineUrl, s.Event.Organisation!.Name,
                s.ExternalRegistrationUrl, s.Event.Audiences.Select(a => a.Code).ToList()))
            .SingleOrDefaultAsync(ct);

    public bool ForPupils => AudienceCodes.Any(SchoolAudiences.Contains);

    public string Slot => FrenchTime.Slot(StartsAtUtc, EndsAtUtc, TimeZoneId);

    public string Place => OnlineUrl is { Length: > 0 } ? "En ligne" : PostalAddress(Venue, Address, PostalCode, CommuneName);

    /// <summary>« Fonderie du Quercy, 12 rue des Forges, 46000 Cahors ».</summary>
    public static string PostalAddress(string? venue, string? address, string? postalCode, string commune) =>
        string.Join(", ", new[] { venue, address, $"{postalCode} {commune}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
