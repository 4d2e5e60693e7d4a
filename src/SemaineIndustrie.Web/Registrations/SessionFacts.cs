using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>What registering for a session depends on, read in one query (again under the session's lock when registering).</summary>
public sealed record SessionFacts(
    int Id, int EventId, string EventTitle, EventStatus EventStatus, DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId,
    RegistrationMode Mode, int? Capacity, int PlacesTaken, int? MaxPlacesPerPerson, bool Closed, int Arrivals, int Waiting)
{
    public static Task<SessionFacts?> ReadAsync(AppDbContext db, int sessionId, CancellationToken ct) =>
        db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new SessionFacts(s.Id, s.EventId, s.Event!.Title, s.Event.Status, s.StartsAtUtc, s.EndsAtUtc,
                s.Event.Department!.TimeZoneId, s.RegistrationMode, s.Capacity, s.PlacesTaken, s.MaxPlacesPerPerson,
                s.RegistrationsClosed, s.Arrivals, db.Registrations.Count(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Waitlisted)))
            .SingleOrDefaultAsync(ct);

    /// <summary>Sessions of events the public cannot see do not exist for registrants; a cancelled event is still named.</summary>
    public bool IsVisible => EventStatus is EventStatus.Labelled or EventStatus.Cancelled;

    public int FreePlaces => Math.Max(0, (Capacity ?? 0) - PlacesTaken);

    /// <summary>Places left, or no capacity: as the lists' « inscription ouverte » filter counts a session not closed by its organiser (EventSearch).</summary>
    public bool HasPlacesLeft => Capacity is null || PlacesTaken < Capacity;
    public int MaxPlacesForPerson => Session.MaxPlacesFor(MaxPlacesPerPerson, Capacity);

    /// <summary>Why the session takes no registration now, in French; null when it does.</summary>
    public string? ClosedBecause(DateTime nowUtc) =>
        EventStatus == EventStatus.Cancelled ? "Cet événement est annulé : il ne prend plus d’inscription."
        : Mode == RegistrationMode.None ? "Ce créneau est en entrée libre : aucune inscription n’est nécessaire."
        : Mode == RegistrationMode.External || Capacity is null ? "Les inscriptions à ce créneau se font sur le site de l’organisateur."
        : StartsAtUtc <= nowUtc ? "Ce créneau est passé : il ne prend plus d’inscription."
        : Closed ? "Les inscriptions à ce créneau sont closes."
        : null;
}
