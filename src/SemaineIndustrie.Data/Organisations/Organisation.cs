using SemaineIndustrie.Data.Auditing;
using SemaineIndustrie.Data.Territories;

namespace SemaineIndustrie.Data.Organisations;

/// <summary>A structure that organises events: a company, a school, an agency, a chamber...</summary>
public class Organisation : IAuditable
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    /// <summary>14 digits, checked by <see cref="Siret.IsValid"/>; optional (schools and associations may have none at hand).</summary>
    public string? Siret { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public required string CommuneCode { get; set; }
    public Commune? Commune { get; set; }
    public string? Website { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

public enum OrganisationKind
{
    Company,
    TrainingEstablishment,
    EmploymentService,
    Chamber,
    ProfessionalFederation,
    LocalAuthority,
    StateService,
    Association,
    Other,
}
