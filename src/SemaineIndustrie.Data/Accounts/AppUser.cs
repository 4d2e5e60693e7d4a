using Microsoft.AspNetCore.Identity;

namespace SemaineIndustrie.Data.Accounts;

/// <summary>A person who signs in: an organiser, a steering committee member, an administrator, or several of these.</summary>
public class AppUser : IdentityUser
{
    public const int FullNameMaxLength = 150;

    public string FullName { get; set; } = "";
    /// <summary>A reviewer who prefers one mail a day to one mail per submission.</summary>
    public bool WantsDailyDigest { get; set; }
    public DateTime? LastDigestSentAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    public List<TerritorialRole> TerritorialRoles { get; set; } = [];
    public List<OrganisationMember> Memberships { get; set; } = [];
}
