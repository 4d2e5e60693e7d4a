using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Data.ReferenceLists;
using SemaineIndustrie.Data.Territories;

namespace SemaineIndustrie.Data;

internal sealed class EditionConfiguration : IEntityTypeConfiguration<Edition>
{
    public void Configure(EntityTypeBuilder<Edition> e)
    {
        e.HasIndex(x => x.Year).IsUnique();
        // At most one edition takes submissions at a time (ADR 0009), held by the database against two admins at once.
        e.HasIndex(x => x.Status).IsUnique().HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_Editions_OneOpen");
        e.Property(x => x.Status).IsConcurrencyToken();
        e.Property(x => x.Theme).HasMaxLength(200);
        e.OwnsOne(x => x.Published, p =>
        {
            p.Property(f => f.EventsQualifier).HasMaxLength(200);
            p.Property(f => f.ParticipantsQualifier).HasMaxLength(200);
            p.Property(f => f.Notes).HasMaxLength(2000);
            p.Property(f => f.SourceUrls).HasMaxLength(4000);
        });
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> e)
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(3);
        e.Property(x => x.Name).HasMaxLength(100);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(3);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.TimeZoneId).HasMaxLength(64);
        e.HasOne(x => x.Region).WithMany(r => r.Departments).HasForeignKey(x => x.RegionCode);
        e.Ignore(x => x.TimeZone);
    }
}

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> e)
    {
        e.HasKey(x => x.InseeCode);
        e.Property(x => x.InseeCode).HasMaxLength(5);
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.PostalCodes).HasMaxLength(200);
        e.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentCode);
        e.HasIndex(x => x.Name);
        e.Ignore(x => x.MainPostalCode);
    }
}

internal sealed class ReferenceItemConfiguration :
    IEntityTypeConfiguration<Sector>, IEntityTypeConfiguration<EventKind>,
    IEntityTypeConfiguration<Audience>, IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Sector> e) { Common(e); e.Property(x => x.Source).HasMaxLength(32); }
    public void Configure(EntityTypeBuilder<EventKind> e) => Common(e);
    public void Configure(EntityTypeBuilder<Audience> e) => Common(e);
    public void Configure(EntityTypeBuilder<Theme> e) => Common(e);

    private static void Common<T>(EntityTypeBuilder<T> e) where T : ReferenceItem
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(64);
        e.Property(x => x.Label).HasMaxLength(150);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Siret).HasMaxLength(14);
        e.Property(x => x.Address).HasMaxLength(300);
        e.Property(x => x.PostalCode).HasMaxLength(5);
        e.Property(x => x.Website).HasMaxLength(500);
        e.HasOne(x => x.Commune).WithMany().HasForeignKey(x => x.CommuneCode);
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> e)
    {
        e.Property(x => x.Title).HasMaxLength(Event.TitleMaxLength);
        e.Property(x => x.Summary).HasMaxLength(Event.SummaryMaxLength);
        e.Property(x => x.Description).HasMaxLength(Event.DescriptionMaxLength);
        e.Property(x => x.PictureVersion).HasMaxLength(32);
        e.Property(x => x.PictureAlt).HasMaxLength(EventPicture.AltMaxLength);
        e.Property(x => x.Venue).HasMaxLength(200);
        e.Property(x => x.Address).HasMaxLength(300);
        e.Property(x => x.PostalCode).HasMaxLength(5);
        e.Property(x => x.OnlineUrl).HasMaxLength(500);
        e.Property(x => x.AccessibilityDetails).HasMaxLength(1000);
        e.Property(x => x.ContactName).HasMaxLength(150);
        e.Property(x => x.ContactEmail).HasMaxLength(254);
        e.Property(x => x.ContactPhone).HasMaxLength(30);
        e.Ignore(x => x.IsOnline);
        e.Ignore(x => x.IsPublic);

        e.HasOne(x => x.Edition).WithMany().HasForeignKey(x => x.EditionId);
        e.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Kind).WithMany().HasForeignKey(x => x.KindCode);
        e.HasOne(x => x.Commune).WithMany().HasForeignKey(x => x.CommuneCode);
        e.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentCode);
        e.HasMany(x => x.Sectors).WithMany().UsingEntity("EventSectors");
        e.HasMany(x => x.Audiences).WithMany().UsingEntity("EventAudiences");
        e.HasMany(x => x.Themes).WithMany().UsingEntity("EventThemes");
        e.HasMany(x => x.Sessions).WithOne(s => s.Event!).HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);

        // The public catalogue always asks "labelled events of this edition", then narrows and sorts.
        e.HasIndex(x => new { x.EditionId, x.Status, x.StartsAtUtc });
        e.HasIndex(x => new { x.EditionId, x.Status, x.DepartmentCode, x.StartsAtUtc });
        e.HasIndex(x => x.OrganisationId);
        // A reviewer's queue: the department's submissions, oldest first.
        e.HasIndex(x => new { x.DepartmentCode, x.Status, x.SubmittedAtUtc });
        // Two people acting on one event at once: the second save finds the status changed and fails.
        e.Property(x => x.Status).IsConcurrencyToken();
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> e)
    {
        e.Property(x => x.ExternalRegistrationUrl).HasMaxLength(500);
        e.Ignore(x => x.PlacesLeft);
        e.Ignore(x => x.MaxPlacesForPerson);
        e.HasIndex(x => new { x.EventId, x.StartsAtUtc });
        // The registrations' reminders and last-hours promotions look for the sessions starting soon.
        e.HasIndex(x => x.StartsAtUtc);
        e.ToTable(t => t.HasCheckConstraint("CK_Sessions_PlacesWithinCapacity",
            "\"Capacity\" IS NULL OR (\"PlacesTaken\" >= 0 AND \"PlacesTaken\" <= \"Capacity\")"));
    }
}
