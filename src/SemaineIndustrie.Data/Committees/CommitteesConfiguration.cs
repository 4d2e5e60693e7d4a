using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Territories;

namespace SemaineIndustrie.Data.Committees;

internal sealed class SteeringCommitteeConfiguration : IEntityTypeConfiguration<SteeringCommittee>
{
    public void Configure(EntityTypeBuilder<SteeringCommittee> e)
    {
        e.Property(x => x.DepartmentCode).HasMaxLength(3);
        e.Property(x => x.LeadService).HasMaxLength(SteeringCommittee.LeadServiceMaxLength);
        e.HasOne<Edition>().WithMany().HasForeignKey(x => x.EditionId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentCode);
        // One committee per department and edition: two people creating it at once get one row.
        e.HasIndex(x => new { x.EditionId, x.DepartmentCode }).IsUnique();
        e.HasMany(x => x.Partners).WithOne().HasForeignKey(p => p.CommitteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitteePartnerConfiguration : IEntityTypeConfiguration<CommitteePartner>
{
    public void Configure(EntityTypeBuilder<CommitteePartner> e)
    {
        e.Property(x => x.Name).HasMaxLength(CommitteePartner.NameMaxLength);
        e.Property(x => x.Url).HasMaxLength(CommitteePartner.UrlMaxLength);
        e.Property(x => x.Description).HasMaxLength(CommitteePartner.DescriptionMaxLength);
        e.HasIndex(x => new { x.CommitteeId, x.SortOrder });
    }
}
