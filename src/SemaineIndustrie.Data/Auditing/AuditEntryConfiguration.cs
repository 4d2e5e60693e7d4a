using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Data.Accounts;

namespace SemaineIndustrie.Data.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.ActorName).HasMaxLength(AppUser.FullNameMaxLength + 100);
        e.Property(x => x.ObjectKind).HasMaxLength(32);
        e.Property(x => x.ObjectKey).HasMaxLength(300);
        e.Property(x => x.Action).HasMaxLength(200);
        e.Property(x => x.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
        // The log is read newest first, narrowed by person or kind of object.
        e.HasIndex(x => x.AtUtc);
        e.HasIndex(x => new { x.UserId, x.AtUtc });
        e.HasIndex(x => new { x.ObjectKind, x.AtUtc });
    }
}
