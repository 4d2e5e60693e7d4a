using SemaineIndustrie.Data.Organisations;

namespace SemaineIndustrie.Data.Accounts;

/// <summary>A person acting for an organisation; a person may act for several.</summary>
public class OrganisationMember
{
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public DateTime JoinedAtUtc { get; set; }
}
