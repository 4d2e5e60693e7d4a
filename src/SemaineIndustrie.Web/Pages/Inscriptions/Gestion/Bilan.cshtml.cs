using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Registrations;

namespace SemaineIndustrie.Web.Pages.Inscriptions.Gestion;

/// <summary>After the event, its organiser reports how many came, by audience: the week's figures are made of these.</summary>
[Authorize]
public sealed class BilanModel(AppDbContext db, RegistrationAccess access, Access people, TimeProvider clock) : PageModel
{
    public sealed record EventFacts(int Id, string Title, int OrganisationId, string DepartmentCode, DateTime? StartsAtUtc, IReadOnlyList<string> Audiences);
    public sealed record Line(string Code, string Label, bool Aimed);
    /// <summary>What the registrations say: places confirmed, places of those checked in, pupils among them.</summary>
    public sealed record FromRegistrations(int Confirmed, int CheckedIn, int PupilsCheckedIn);

    public EventFacts Event { get; private set; } = null!;
    public List<Line> Lines { get; private set; } = [];
    public FromRegistrations Registered { get; private set; } = new(0, 0, 0);
    /// <summary>Why the report cannot be made yet.</summary>
    public string? TooEarly { get; private set; }
    /// <summary>People per audience code, as typed.</summary>
    [BindProperty] public Dictionary<string, string?> People { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int eventId, CancellationToken ct)
    {
        if (await LoadAsync(eventId, ct) is { } refused) return refused;
        People = await db.Attendances.Where(a => a.EventId == eventId)
            .ToDictionaryAsync(a => a.AudienceCode, a => (string?)a.People.ToString(CultureInfo.InvariantCulture), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int eventId, CancellationToken ct)
    {
        if (await LoadAsync(eventId, ct) is { } refused) return refused;
        if (TooEarly is not null) return Page();
        var counts = new Dictionary<string, int>();
        foreach (var line in Lines)
        {
            var typed = People.GetValueOrDefault(line.Code)?.Trim();
            if (string.IsNullOrEmpty(typed)) continue;
            if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) counts[line.Code] = n;
            else ModelState.AddModelError($"People[{line.Code}]", "Indiquez un nombre de personnes, en chiffres (0 ou plus).");
        }
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Attendances.Where(a => a.EventId == eventId).ExecuteDeleteAsync(ct);
        db.Attendances.AddRange(counts.Select(c => new Attendance
        {
            EventId = eventId, AudienceCode = c.Key, People = c.Value, ReportedAtUtc = now, ReportedByUserId = people.UserId,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Message"] = $"Bilan enregistré : {RegistrationRequest.Plural(counts.Values.Sum(), "participant")}. Merci !";
        return Redirect($"/inscriptions/gestion/evenement/{eventId}/bilan");
    }

    private async Task<IActionResult?> LoadAsync(int eventId, CancellationToken ct)
    {
        if (await db.Events.AsNoTracking().Where(e => e.Id == eventId)
                .Select(e => new EventFacts(e.Id, e.Title, e.OrganisationId, e.DepartmentCode, e.StartsAtUtc, e.Audiences.Select(a => a.Code).ToList()))
                .SingleOrDefaultAsync(ct) is not { } facts)
            return NotFound();
        if (!(await access.RightsAsync(facts.OrganisationId, facts.DepartmentCode, ct)).CanAct) return Forbid();
        Event = facts;
        Lines = (await db.Audiences.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).Select(a => new { a.Code, a.Label }).ToListAsync(ct))
            .Select(a => new Line(a.Code, a.Label, facts.Audiences.Contains(a.Code))).ToList();
        var registrations = db.Registrations.Where(r => r.Session!.EventId == eventId && r.Status == RegistrationStatus.Confirmed);
        Registered = new FromRegistrations(
            await registrations.SumAsync(r => r.Places, ct),
            await registrations.Where(r => r.CheckedInAtUtc != null).SumAsync(r => r.Places, ct),
            await registrations.Where(r => r.CheckedInAtUtc != null).SumAsync(r => r.Pupils, ct));
        if (facts.StartsAtUtc is not { } start || start > clock.GetUtcNow().UtcDateTime)
            TooEarly = "Le bilan se remplit une fois l’événement commencé.";
        Response.Headers.CacheControl = "no-store";
        return null;
    }
}
