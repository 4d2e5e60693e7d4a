using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Committees;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// The steering committees of Occitanie for the demo's open edition: each department's State unit leads it; the Gers
/// and the Lot list their partners, as their prefectures publish them, so that the department pages show the list.
/// </summary>
internal static class DemoCommittees
{
    private static readonly (string Name, string? Url, string? Description)[] Gers =
    [
        ("Préfecture du Gers", "https://www.gers.gouv.fr", null),
        ("Direction des services départementaux de l’éducation nationale du Gers", null, "pour les visites de classes"),
        ("France Travail Gers", "https://www.francetravail.fr", null),
        ("CCI du Gers", "https://www.gers.cci.fr", null),
        ("UIMM Adour Atlantique", null, "la métallurgie"),
        ("Mission locale du Gers", null, null),
    ];

    private static readonly (string Name, string? Url, string? Description)[] Lot =
    [
        ("Préfecture du Lot", "https://www.lot.gouv.fr", null),
        ("DSDEN du Lot", null, "pour les visites de classes"),
        ("France Travail Lot", "https://www.francetravail.fr", null),
        ("Cap emploi du Lot", null, null),
        ("CCI du Lot", "https://www.lot.cci.fr", null),
        ("Mecanic Vallée", "https://www.mecanicvallee.com", "le pôle de la mécanique du Lot, de l’Aveyron et de la Corrèze"),
        ("IUT de Figeac", null, null),
    ];

    public static async Task AddAsync(AppDbContext db, int editionId, CancellationToken ct)
    {
        if (await db.SteeringCommittees.AnyAsync(c => c.EditionId == editionId, ct)) return;
        var departments = await db.Departments.AsNoTracking().Where(d => d.RegionCode == "76").OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        foreach (var d in departments)
        {
            // The departmental State unit (DDETS, or DDETSPP where it also protects populations) leads the committee.
            var committee = new SteeringCommittee { EditionId = editionId, DepartmentCode = d.Code, LeadService = $"DDETS ({d.Name})" };
            var partners = d.Code switch { "32" => Gers, "46" => Lot, _ => [] };
            committee.LeadService = d.Code switch { "32" => "DDETS du Gers", "46" => "DDETS du Lot", _ => committee.LeadService };
            for (var i = 0; i < partners.Length; i++)
                committee.Partners.Add(new CommitteePartner { Name = partners[i].Name, Url = partners[i].Url, Description = partners[i].Description, SortOrder = i + 1 });
            db.SteeringCommittees.Add(committee);
        }
        await db.SaveChangesAsync(ct);
    }
}
