using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Editions;

namespace SemaineIndustrie.Web.Administration;

/// <summary>What the steering committee pages and the public department page read of the committees.</summary>
public static class Committees
{
    public sealed record PartnerView(int Id, string Name, string? Url, string? Description);

    /// <summary>The edition asked for by its year, else the open one, else the latest shown to the public.</summary>
    public static Task<Edition?> EditionAsync(AppDbContext db, int? year) => year is { } y
        ? db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Year == y)
        : db.Editions.AsNoTracking().Where(e => e.Status != EditionStatus.Preparing)
            .OrderByDescending(e => e.Status == EditionStatus.Open).ThenByDescending(e => e.Year).FirstOrDefaultAsync();

    public static async Task<(string? LeadService, IReadOnlyList<PartnerView> Partners)> OfAsync(AppDbContext db, int editionId, string department, CancellationToken ct = default)
    {
        var committee = await db.SteeringCommittees.AsNoTracking().Where(c => c.EditionId == editionId && c.DepartmentCode == department)
            .Select(c => new
            {
                c.LeadService,
                Partners = c.Partners.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => new PartnerView(p.Id, p.Name, p.Url, p.Description)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return committee is null ? (null, []) : (committee.LeadService, committee.Partners);
    }

    /// <summary>The names of the department's reviewers: the accounts holding the reviewer role there.</summary>
    public static async Task<IReadOnlyList<string>> ReviewersAsync(AppDbContext db, string department) =>
        await db.TerritorialRoles.AsNoTracking()
            .Where(r => r.Kind == TerritorialRoleKind.DepartmentReviewer && r.DepartmentCode == department)
            .OrderBy(r => r.User!.FullName).Select(r => r.User!.FullName + " (" + r.User.Email + ")").ToListAsync();
}
