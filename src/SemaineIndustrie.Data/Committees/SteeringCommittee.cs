namespace SemaineIndustrie.Data.Committees;

/// <summary>
/// A department's steering committee (COPIL) for one edition: the State service that leads it and its partners.
/// Its reviewers are not stored here: they are the accounts holding the reviewer role for the department.
/// </summary>
public class SteeringCommittee
{
    public const int LeadServiceMaxLength = 200;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public required string DepartmentCode { get; set; }
    /// <summary>« DDETS du Gers », « Préfecture du Lot ».</summary>
    public string? LeadService { get; set; }
    public List<CommitteePartner> Partners { get; set; } = [];
}

/// <summary>An organisation taking part in a committee, shown on the department's public page.</summary>
public class CommitteePartner
{
    public const int NameMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int DescriptionMaxLength = 300;

    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public required string Name { get; set; }
    public string? Url { get; set; }
    /// <summary>A short line of text in place of a logo (« l’éducation nationale, pour les visites de classes »).</summary>
    public string? Description { get; set; }
    public int SortOrder { get; set; }
}
