using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Organisations;

namespace SemaineIndustrie.Web.Demo;

/// <summary>An organiser as the event composer needs it, without tracking the entity.</summary>
internal sealed record DemoOrganisation(
    int Id, string Name, OrganisationKind Kind, DemoCommune Commune, string PostalCode, string? Address,
    string Domain, OrganisationProfile Profile)
{
    public string Designation => OrganisationProfiles.Designate(Name, Kind);
    public bool IsCompany => Kind == OrganisationKind.Company;
}

/// <summary>
/// The organisers of each department. Organisations outlive editions, as in life: the generator
/// reuses those already in the database and only creates the ones an edition still lacks.
/// </summary>
internal sealed class OrganisationPool
{
    private const int BatchSize = 1000;

    private readonly DemoTerritory territory;
    private readonly Dictionary<string, List<DemoOrganisation>> byDepartment = [];
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    private OrganisationPool(DemoTerritory territory) => this.territory = territory;

    public static async Task<OrganisationPool> LoadAsync(AppDbContext db, DemoTerritory territory, CancellationToken ct)
    {
        var pool = new OrganisationPool(territory);
        var rows = await db.Organisations.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.Name, o.Kind, o.CommuneCode, o.PostalCode, o.Address, o.Website })
            .ToListAsync(ct);
        foreach (var o in rows)
        {
            if (territory.Commune(o.CommuneCode) is not { } commune) continue;
            var domain = o.Website is { } w ? new Uri(w).Host.Replace("www.", "", StringComparison.Ordinal) : DomainOf(o.Name);
            pool.Remember(new DemoOrganisation(o.Id, o.Name, o.Kind, commune, o.PostalCode ?? commune.PostalCodes.FirstOrDefault() ?? "",
                o.Address, domain, OrganisationProfiles.Recognise(o.Name, o.Kind, commune.Name)));
        }
        return pool;
    }

    /// <summary>The organisers of the department whose name fits the year (no « France Travail » in 2019).</summary>
    public List<DemoOrganisation> Available(string departmentCode, int year) =>
        byDepartment.TryGetValue(departmentCode, out var list) ? list.Where(o => o.Profile.IsAvailableIn(year)).ToList() : [];

    public DemoOrganisation? Find(string name) =>
        byDepartment.Values.SelectMany(l => l).FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Creates organisers until each department has the number asked for the year, saving them in batches.</summary>
    public async Task EnsureAsync(AppDbContext db, int year, IReadOnlyList<(string Department, int Needed)> needs,
        DateTime createdAtUtc, Random rng, CancellationToken ct)
    {
        var pending = new List<(Organisation Entity, OrganisationProfile Profile, DemoCommune Commune)>();
        foreach (var (department, needed) in needs)
        {
            var have = Available(department, year).Count;
            for (var position = have; position < needed; position++)
            {
                var (entity, profile, commune) = Create(department, position, year, createdAtUtc, rng);
                db.Organisations.Add(entity);
                pending.Add((entity, profile, commune));
                Remember(ToDemo(entity, profile, commune));
                if (pending.Count >= BatchSize) await FlushAsync(db, pending, ct);
            }
        }
        await FlushAsync(db, pending, ct);
    }

    /// <summary>Adds an organisation named by hand (the Lot 2021 set), or returns it when it already exists.</summary>
    public async Task<DemoOrganisation> FindOrAddAsync(AppDbContext db, string name, OrganisationKind kind, DemoCommune commune,
        string? address, DateTime createdAtUtc, Random rng, CancellationToken ct)
    {
        if (Find(name) is { } existing) return existing;
        var profile = OrganisationProfiles.Recognise(name, kind, commune.Name);
        var entity = Entity(name, kind, commune, address, createdAtUtc, rng);
        db.Organisations.Add(entity);
        await db.SaveChangesAsync(ct);
        var demo = ToDemo(entity, profile, commune);
        Remember(demo);
        return demo;
    }

    private (Organisation, OrganisationProfile, DemoCommune) Create(string department, int position, int year, DateTime createdAtUtc, Random rng)
    {
        var dept = territory.Department(department);
        // A drawn name may already exist (a second CCI, two foundries of one town): draw again, then fall back to a company.
        for (var attempt = 0; ; attempt++)
        {
            var profile = attempt < 8 ? OrganisationProfiles.ForPosition(position, year, rng) : rng.PickWeighted(OrganisationProfiles.Companies);
            var commune = profile.Departmental ? territory.MainTown(department)
                : profile.Kind == OrganisationKind.Company ? territory.PickCommune(department, rng)
                : territory.PickTown(department, rng);
            var parts = new NameParts(commune.Name, French.Of(commune.Name), dept.Name);
            var name = French.Typo(rng.Pick(profile.Names)(parts, rng));
            if (attempt >= 20) name = $"{name} {rng.Pick(Vocabulary.Surnames)}";
            if (names.Contains(name)) continue;
            var address = Vocabulary.Address(rng, industrial: profile.Kind == OrganisationKind.Company);
            return (Entity(name, profile.Kind, commune, address, createdAtUtc, rng), profile, commune);
        }
    }

    private static Organisation Entity(string name, OrganisationKind kind, DemoCommune commune, string? address, DateTime createdAtUtc, Random rng) => new()
    {
        Name = name,
        Kind = kind,
        Siret = kind == OrganisationKind.Company ? Siret.WithCheckDigit(RandomSirenStart(rng)) : null,
        Address = address,
        PostalCode = commune.PostalCodes.Length == 0 ? null : rng.Pick(commune.PostalCodes),
        CommuneCode = commune.InseeCode,
        Website = $"https://www.{DomainOf(name)}",
        CreatedAtUtc = createdAtUtc,
        UpdatedAtUtc = createdAtUtc,
    };

    // La Poste's SIREN is checked by another rule (see Siret): the demo keeps clear of it.
    private static string RandomSirenStart(Random rng)
    {
        while (true)
        {
            var digits = (char)('1' + rng.Next(9)) + rng.Digits(12);
            if (!digits.StartsWith("356000000", StringComparison.Ordinal)) return digits;
        }
    }

    private static string DomainOf(string name)
    {
        var slug = French.Slug(name);
        if (slug.Length > 40) slug = slug[..40].TrimEnd('-');
        return slug + ".example.fr";
    }

    private static DemoOrganisation ToDemo(Organisation o, OrganisationProfile profile, DemoCommune commune) =>
        new(o.Id, o.Name, o.Kind, commune, o.PostalCode ?? "", o.Address, DomainOf(o.Name), profile);

    private void Remember(DemoOrganisation organisation)
    {
        names.Add(organisation.Name);
        if (!byDepartment.TryGetValue(organisation.Commune.DepartmentCode, out var list))
            byDepartment[organisation.Commune.DepartmentCode] = list = [];
        list.Add(organisation);
    }

    // Ids are known only once saved: the pool's records are rebuilt from the saved entities.
    private async Task FlushAsync(AppDbContext db, List<(Organisation Entity, OrganisationProfile Profile, DemoCommune Commune)> pending, CancellationToken ct)
    {
        if (pending.Count == 0) return;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var (entity, profile, commune) in pending)
        {
            var list = byDepartment[commune.DepartmentCode];
            var i = list.FindIndex(o => o.Id == 0 && o.Name == entity.Name);
            list[i] = ToDemo(entity, profile, commune);
        }
        pending.Clear();
    }
}
