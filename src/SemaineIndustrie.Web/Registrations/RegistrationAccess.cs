using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>What a signed-in person may do with an event's registrations.</summary>
/// <param name="CanSee">The registrants' names and addresses: the owning organisation's members and the reviewers of the event's territory.</param>
/// <param name="CanAct">Check in, close, change capacity, write, report attendance: the owning organisation's members.</param>
public sealed record RegistrationRights(bool CanSee, bool CanAct);

/// <summary>The event a session belongs to, with what access depends on.</summary>
public sealed record SessionOwner(int SessionId, int EventId, string EventTitle, int OrganisationId, string OrganisationName, string DepartmentCode,
    DateTime StartsAtUtc, DateTime EndsAtUtc, string TimeZoneId, int? Capacity, int PlacesTaken, bool RegistrationsClosed, int? MaxPlacesPerPerson);

/// <summary>Personal data is shown only to the organisation that owns the event and to the reviewers of its territory (<see cref="Access"/>).</summary>
public sealed class RegistrationAccess(AppDbContext db, Access access)
{
    public Task<SessionOwner?> SessionAsync(int sessionId, CancellationToken ct) =>
        db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new SessionOwner(s.Id, s.EventId, s.Event!.Title, s.Event.OrganisationId, s.Event.Organisation!.Name, s.Event.DepartmentCode,
                s.StartsAtUtc, s.EndsAtUtc, s.Event.Department!.TimeZoneId, s.Capacity, s.PlacesTaken, s.RegistrationsClosed, s.MaxPlacesPerPerson))
            .SingleOrDefaultAsync(ct);

    public async Task<RegistrationRights> RightsAsync(int organisationId, string departmentCode, CancellationToken ct)
    {
        var member = await access.IsMemberAsync(organisationId, ct);
        var reviewer = (await access.ReviewScopeAsync(ct)).Covers(departmentCode);
        return new RegistrationRights(member || reviewer, member);
    }
}
