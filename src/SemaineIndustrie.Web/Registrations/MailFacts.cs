using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>A registration with what its mails and its private page say of the session.</summary>
public sealed record MailFacts(
    int Id, RegistrationKind Kind, RegistrationStatus Status, int Places, int Pupils, int Adults, string? Establishment, string? ClassLevel,
    string? Name, string? Email, string? Phone, int ArrivalNumber, int SessionId, int EventId, string EventTitle,
    DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId, string? Venue, string? Address, string? PostalCode, string CommuneName,
    string? OnlineUrl, string OrganisationName, DateTime? CancelledAtUtc, DateTime? PersonalDataErasedAtUtc)
{
    public static Task<MailFacts?> ReadAsync(AppDbContext db, int registrationId, CancellationToken ct) =>
        Of(db.Registrations.Where(r => r.Id == registrationId)).SingleOrDefaultAsync(ct);

    public static IQueryable<MailFacts> Of(IQueryable<Registration> registrations) => registrations.AsNoTracking()
        .Select(r => new MailFacts(r.Id, r.Kind, r.Status, r.Places, r.Pupils, r.Adults, r.Establishment, r.ClassLevel,
            r.Name, r.Email, r.Phone, r.ArrivalNumber, r.SessionId, r.Session!.EventId, r.Session.Event!.Title,
            r.Session.StartsAtUtc, r.Session.EndsAtUtc, r.Session.Event.Department!.TimeZoneId, r.Session.Event.Venue,
            r.Session.Event.Address, r.Session.Event.PostalCode, r.Session.Event.Commune!.Name, r.Session.Event.OnlineUrl,
            r.Session.Event.Organisation!.Name, r.CancelledAtUtc, r.PersonalDataErasedAtUtc));

    /// <summary>
    /// The facts of registrations just written for one session (<see cref="RegistrationBatch"/>): what the session and
    /// its event say, read in one row, and the rest from the registrations themselves. Reading each registration again
    /// joined to five tables cost a batch of two hundred 10–15 ms while the next batch waited (issue 8). Empty when the
    /// session does not exist.
    /// </summary>
    public static async Task<Dictionary<int, MailFacts>> OfWrittenAsync(AppDbContext db, int sessionId, IReadOnlyCollection<Registration> written, CancellationToken ct)
    {
        var s = await db.Sessions.AsNoTracking().Where(x => x.Id == sessionId)
            .Select(x => new
            {
                x.EventId, x.Event!.Title, x.StartsAtUtc, x.EndsAtUtc, x.Event.Department!.TimeZoneId, x.Event.Venue, x.Event.Address,
                x.Event.PostalCode, Commune = x.Event.Commune!.Name, x.Event.OnlineUrl, Organisation = x.Event.Organisation!.Name,
            })
            .SingleOrDefaultAsync(ct);
        if (s is null) return [];
        return written.ToDictionary(r => r.Id, r => new MailFacts(r.Id, r.Kind, r.Status, r.Places, r.Pupils, r.Adults, r.Establishment,
            r.ClassLevel, r.Name, r.Email, r.Phone, r.ArrivalNumber, r.SessionId, s.EventId, s.Title, s.StartsAtUtc, s.EndsAtUtc,
            s.TimeZoneId, s.Venue, s.Address, s.PostalCode, s.Commune, s.OnlineUrl, s.Organisation, r.CancelledAtUtc, r.PersonalDataErasedAtUtc));
    }

    /// <summary>1 for the first in line.</summary>
    public async Task<int> WaitlistPositionAsync(AppDbContext db, CancellationToken ct) =>
        1 + await db.Registrations.CountAsync(r => r.SessionId == SessionId && r.Status == RegistrationStatus.Waitlisted
            && r.ArrivalNumber < ArrivalNumber, ct);

    /// <summary>« 2 places », or « groupe « Collège Gambetta », 4e : 24 élèves et 2 accompagnateurs, soit 26 places ».</summary>
    public string WhatText => Kind == RegistrationKind.Individual
        ? RegistrationRequest.Plural(Places, "place")
        : $"groupe « {Establishment} »{(ClassLevel is null ? "" : $", {ClassLevel}")} : "
          + $"{RegistrationRequest.Plural(Pupils, "élève")} et {RegistrationRequest.Plural(Adults, "accompagnateur")}, soit {RegistrationRequest.Plural(Places, "place")}";

    public string DayText => FrenchTime.Day(DateOnly.FromDateTime(FrenchTime.ToLocal(StartsAtUtc, TimeZoneId)));

    public string PlaceText => OnlineUrl is { Length: > 0 } ? $"En ligne : {OnlineUrl}" : SessionHeader.PostalAddress(Venue, Address, PostalCode, CommuneName);

    /// <summary>The session as the mails describe it: title, time, place, organiser.</summary>
    public string SessionText =>
        $"{EventTitle}\n{Capitalised(FrenchTime.Slot(StartsAtUtc, EndsAtUtc, TimeZoneId))}\n{PlaceText}\nOrganisé par {OrganisationName}.";

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
