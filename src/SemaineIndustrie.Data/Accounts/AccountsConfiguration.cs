using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Data.Territories;

namespace SemaineIndustrie.Data.Accounts;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e)
    {
        e.Property(x => x.FullName).HasMaxLength(AppUser.FullNameMaxLength);
    }
}

internal sealed class TerritorialRoleConfiguration : IEntityTypeConfiguration<TerritorialRole>
{
    public void Configure(EntityTypeBuilder<TerritorialRole> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.GrantedByUserId).HasMaxLength(450);
        e.HasOne(x => x.User).WithMany(u => u.TerritorialRoles).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Department>().WithMany().HasForeignKey(x => x.DepartmentCode);
        e.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionCode);
        e.HasIndex(x => new { x.UserId, x.Kind, x.DepartmentCode, x.RegionCode }).IsUnique();
        // Who reviews the Lot? asked on every submission.
        e.HasIndex(x => new { x.Kind, x.DepartmentCode });
        e.HasIndex(x => new { x.Kind, x.RegionCode });
    }
}

internal sealed class OrganisationMemberConfiguration : IEntityTypeConfiguration<OrganisationMember>
{
    public void Configure(EntityTypeBuilder<OrganisationMember> e)
    {
        e.HasKey(x => new { x.OrganisationId, x.UserId });
        e.Property(x => x.UserId).HasMaxLength(450);
        e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.User).WithMany(u => u.Memberships).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.UserId);
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.ActorName).HasMaxLength(AppUser.FullNameMaxLength + 100);
        e.Property(x => x.Message).HasMaxLength(Decision.MessageMaxLength);
        e.HasOne(x => x.Event).WithMany(ev => ev.Decisions).HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.AtUtc });
    }
}
