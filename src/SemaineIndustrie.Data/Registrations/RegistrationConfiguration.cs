using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SemaineIndustrie.Data.Registrations;

internal sealed class RegistrationConfiguration : IEntityTypeConfiguration<Registration>
{
    public void Configure(EntityTypeBuilder<Registration> e)
    {
        e.Property(x => x.Name).HasMaxLength(Registration.NameMaxLength);
        e.Property(x => x.Email).HasMaxLength(Registration.EmailMaxLength);
        e.Property(x => x.EmailKey).HasMaxLength(Registration.EmailMaxLength);
        e.Property(x => x.Phone).HasMaxLength(Registration.PhoneMaxLength);
        e.Property(x => x.Establishment).HasMaxLength(Registration.EstablishmentMaxLength);
        e.Property(x => x.Uai).HasMaxLength(8);
        e.Property(x => x.ClassLevel).HasMaxLength(Registration.LevelMaxLength);

        // A session with registrations is never deleted behind its registrants' backs.
        e.HasOne(x => x.Session).WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);

        // Each arrival number once per session: the proof that registrations were taken one at a time.
        e.HasIndex(x => new { x.SessionId, x.ArrivalNumber }).IsUnique();
        // One address registers once per session; an erased (cancelled, expired) registration no longer counts.
        e.HasIndex(x => new { x.SessionId, x.EmailKey }).IsUnique().HasFilter("\"EmailKey\" IS NOT NULL");
        e.HasIndex(x => new { x.SessionId, x.Status });

        e.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Registrations_Places",
                "\"Places\" > 0 AND \"Pupils\" >= 0 AND \"Adults\" >= 0 AND (\"Kind\" <> 'Group' OR \"Places\" = \"Pupils\" + \"Adults\")");
        });
    }
}

internal sealed class RegistrationLinkConfiguration : IEntityTypeConfiguration<RegistrationLink>
{
    public void Configure(EntityTypeBuilder<RegistrationLink> e)
    {
        e.Property(x => x.TokenHash).HasMaxLength(64);
        e.HasIndex(x => x.TokenHash).IsUnique();
        e.HasOne(x => x.Registration).WithMany(r => r.Links).HasForeignKey(x => x.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> e)
    {
        e.Property(x => x.AudienceCode).HasMaxLength(64);
        e.Property(x => x.ReportedByUserId).HasMaxLength(450);
        e.HasOne(x => x.Event).WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.Audience).WithMany().HasForeignKey(x => x.AudienceCode);
        e.HasIndex(x => new { x.EventId, x.AudienceCode }).IsUnique();
        e.ToTable(t => t.HasCheckConstraint("CK_Attendances_People", "\"People\" >= 0"));
    }
}
