using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Inscriptions.Gestion;

/// <summary>
/// The sessions whose registrations a person follows: those of their organisations' events, and for reviewers those of
/// their territory that have registrations. Most recent first, a page's worth.
/// </summary>
[Authorize]
public sealed class IndexModel(AppDbContext db, Access access) : PageModel
{
    public const int Shown = 200;

    public sealed record SessionLine(int SessionId, int EventId, string Title, string Organisation, DateTime StartsAtUtc, DateTime EndsAtUtc,
        string TimeZoneId, int? Capacity, int PlacesTaken, int Waiting, bool Own);

    public List<SessionLine> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisations = await access.OrganisationIdsAsync(ct);
        var scope = await access.ReviewScopeAsync(ct);
        var everywhere = scope.IsAdministrator;
        var departments = scope.Departments.ToList();
        Sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.RegistrationMode == RegistrationMode.Platform && (organisations.Contains(s.Event!.OrganisationId)
                || (everywhere || departments.Contains(s.Event.DepartmentCode)) && db.Registrations.Any(r => r.SessionId == s.Id)))
            .OrderByDescending(s => s.StartsAtUtc).Take(Shown)
            .Select(s => new SessionLine(s.Id, s.EventId, s.Event!.Title, s.Event.Organisation!.Name, s.StartsAtUtc, s.EndsAtUtc,
                s.Event.Department!.TimeZoneId, s.Capacity, s.PlacesTaken,
                db.Registrations.Count(r => r.SessionId == s.Id && r.Status == RegistrationStatus.Waitlisted),
                organisations.Contains(s.Event.OrganisationId)))
            .ToListAsync(ct);
    }
}
