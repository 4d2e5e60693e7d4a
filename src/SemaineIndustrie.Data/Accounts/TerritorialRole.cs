namespace SemaineIndustrie.Data.Accounts;

/// <summary>
/// A role of the State's steering of the week, held over a territory: a department for a reviewer,
/// a region for a coordinator, the whole country for an administrator.
/// </summary>
public class TerritorialRole
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public TerritorialRoleKind Kind { get; set; }
    /// <summary>Set for <see cref="TerritorialRoleKind.DepartmentReviewer"/> only.</summary>
    public string? DepartmentCode { get; set; }
    /// <summary>Set for <see cref="TerritorialRoleKind.RegionalCoordinator"/> only.</summary>
    public string? RegionCode { get; set; }
    public DateTime GrantedAtUtc { get; set; }
    public string? GrantedByUserId { get; set; }
}

public enum TerritorialRoleKind
{
    /// <summary>Member of a department's steering committee (COPIL): reviews and labels its events.</summary>
    DepartmentReviewer,
    /// <summary>Regional service (DREETS): oversees the region's departments, labels where needed.</summary>
    RegionalCoordinator,
    /// <summary>National administrator (DGE): manages editions and accounts everywhere.</summary>
    NationalAdministrator,
}
