using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Auditing;
using SemaineIndustrie.Data.Committees;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Data.ReferenceLists;
using SemaineIndustrie.Data.Territories;

namespace SemaineIndustrie.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Commune> Communes => Set<Commune>();
    public DbSet<Sector> Sectors => Set<Sector>();
    public DbSet<EventKind> EventKinds => Set<EventKind>();
    public DbSet<Audience> Audiences => Set<Audience>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<EventPicture> EventPictures => Set<EventPicture>();
    public DbSet<OrganisationMember> OrganisationMembers => Set<OrganisationMember>();
    public DbSet<TerritorialRole> TerritorialRoles => Set<TerritorialRole>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<RegistrationLink> RegistrationLinks => Set<RegistrationLink>();
    public DbSet<Attendance> Attendances => Set<Attendance>();
    /// <summary>The keys that protect cookies and tokens, shared by every instance of the application (issue 7).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SteeringCommittee> SteeringCommittees => Set<SteeringCommittee>();
    public DbSet<CommitteePartner> CommitteePartners => Set<CommitteePartner>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // Enums are stored by name: readable in the database and in exports, safe to reorder.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // the Identity tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
