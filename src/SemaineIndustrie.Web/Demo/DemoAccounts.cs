using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// One account of each kind for trying the platform (listed in README, for development only). Created only
/// with the demo, confirmed, all with <see cref="Password"/>; missing ones are added on each start.
/// </summary>
public sealed class DemoAccounts(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, ILogger<DemoAccounts> logger)
{
    public const string Password = "Semaine-Demo-2026";
    public const string Domain = "demo.semaine-industrie.test";

    public static readonly (string Email, string Name, TerritorialRoleKind? Kind, string? Territory)[] People =
    [
        ($"organisateur.lot@{Domain}", "Odile Organisatrice", null, null),
        ($"referent.lot@{Domain}", "Romain Référent-Lot", TerritorialRoleKind.DepartmentReviewer, "46"),
        ($"referent.gers@{Domain}", "Gaëlle Référente-Gers", TerritorialRoleKind.DepartmentReviewer, "32"),
        ($"coordination.occitanie@{Domain}", "Claire Coordinatrice-Occitanie", TerritorialRoleKind.RegionalCoordinator, "76"),
        ($"coordination.bretagne@{Domain}", "Yann Coordinateur-Bretagne", TerritorialRoleKind.RegionalCoordinator, "53"),
        ($"admin@{Domain}", "Agnès Administratrice", TerritorialRoleKind.NationalAdministrator, null),
    ];

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        var created = 0;
        foreach (var (email, name, kind, territory) in People)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            if (kind is { } k)
                db.TerritorialRoles.Add(new TerritorialRole
                {
                    UserId = user.Id, Kind = k, GrantedAtUtc = user.CreatedAtUtc,
                    DepartmentCode = k == TerritorialRoleKind.DepartmentReviewer ? territory : null,
                    RegionCode = k == TerritorialRoleKind.RegionalCoordinator ? territory : null,
                });
            else if (await LotOrganisationAsync(ct) is { } organisationId)
                db.OrganisationMembers.Add(new OrganisationMember { OrganisationId = organisationId, UserId = user.Id, JoinedAtUtc = user.CreatedAtUtc });
            await db.SaveChangesAsync(ct);
            created++;
        }
        if (created > 0) logger.LogInformation("Comptes de démonstration créés : {Count} (mot de passe dans le README).", created);
    }

    /// <summary>The Lot's organisation with the most events of the open edition (the same on every machine).</summary>
    private async Task<int?> LotOrganisationAsync(CancellationToken ct) =>
        await db.Events.Where(e => e.DepartmentCode == "46" && e.Edition!.Year == DemoEditions.OpenYear && e.Status != EventStatus.Draft)
            .GroupBy(e => e.OrganisationId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (int?)g.Key).FirstOrDefaultAsync(ct);
}
