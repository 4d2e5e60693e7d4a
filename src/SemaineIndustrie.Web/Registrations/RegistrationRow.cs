using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>A registration as the organiser's list, check-in page and spreadsheet show it.</summary>
public sealed record RegistrationRow(
    int Id, int ArrivalNumber, RegistrationStatus Status, RegistrationKind Kind, RegistrationChannel Channel, int Places, int Pupils, int Adults,
    string? Establishment, string? Uai, string? ClassLevel, string? Name, string? Email, string? Phone, DateTime CreatedAtUtc, DateTime? CheckedInAtUtc)
{
    /// <summary>Confirmed first, then the waiting list, then the cancelled; each in arrival order.</summary>
    public static async Task<List<RegistrationRow>> OfSessionAsync(AppDbContext db, int sessionId, CancellationToken ct) =>
        (await db.Registrations.AsNoTracking().Where(r => r.SessionId == sessionId)
            .Select(r => new RegistrationRow(r.Id, r.ArrivalNumber, r.Status, r.Kind, r.Channel, r.Places, r.Pupils, r.Adults,
                r.Establishment, r.Uai, r.ClassLevel, r.Name, r.Email, r.Phone, r.CreatedAtUtc, r.CheckedInAtUtc))
            .ToListAsync(ct))
        .OrderBy(r => r.Status switch { RegistrationStatus.Confirmed => 0, RegistrationStatus.Waitlisted => 1, _ => 2 })
        .ThenBy(r => r.ArrivalNumber)
        .ToList();

    /// <summary>« Claire Martin », or « Collège Gambetta – 4e (Claire Martin) » for a group.</summary>
    public string Who => Kind == RegistrationKind.Group
        ? $"{Establishment}{(ClassLevel is null ? "" : $" – {ClassLevel}")}{(Name is null ? "" : $" ({Name})")}"
        : Name ?? "(coordonnées effacées)";

    public string StatusLabel => Status switch
    {
        RegistrationStatus.Confirmed => "Confirmée",
        RegistrationStatus.Waitlisted => "Liste d’attente",
        _ => "Annulée",
    };

    /// <summary>« 3 places », « 26 places (24 élèves, 2 adultes) ».</summary>
    public string PlacesText => RegistrationRequest.Plural(Places, "place") + (Kind == RegistrationKind.Group
        ? $" ({RegistrationRequest.Plural(Pupils, "élève")}, {RegistrationRequest.Plural(Adults, "adulte")})"
        : "");
}
