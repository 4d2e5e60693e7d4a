using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// Tops an edition up to a number of events, spread over the departments in proportion to their
/// population. Used by the seeder (one edition) and by the benchmark generator (fifteen): what is
/// already there counts, so a second run adds nothing.
/// </summary>
internal sealed class EditionFiller
{
    /// <summary>Events saved per round trip: large enough to be fast, small enough to keep memory flat.</summary>
    public const int BatchSize = 1000;
    // Every department shows a few events, even the smallest.
    private const int MinimumPerDepartment = 3;
    // Organisers propose several events each, about three on average.
    private const double EventsPerOrganisation = 3.0;

    private readonly AppDbContext db;
    private readonly EventComposer composer;

    private EditionFiller(AppDbContext db, DemoTerritory territory, DemoReferences references, OrganisationPool organisations)
    {
        this.db = db;
        Territory = territory;
        References = references;
        Organisations = organisations;
        composer = new EventComposer(references, territory);
    }

    public DemoTerritory Territory { get; }
    public DemoReferences References { get; }
    public OrganisationPool Organisations { get; }

    public static async Task<EditionFiller> CreateAsync(AppDbContext db, CancellationToken ct)
    {
        var territory = await DemoTerritory.LoadAsync(db, ct);
        var references = await DemoReferences.LoadAsync(db, ct);
        var organisations = await OrganisationPool.LoadAsync(db, territory, ct);
        return new EditionFiller(db, territory, references, organisations);
    }

    /// <summary>Adds the events the edition lacks to reach <paramref name="target"/>; returns how many were added.</summary>
    /// <param name="progress">Told the edition's event count after each batch.</param>
    public async Task<int> FillAsync(EditionPlan edition, int target, Random rng, Action<int>? progress, CancellationToken ct)
    {
        var existing = await db.Events.Where(e => e.EditionId == edition.Id)
            .GroupBy(e => e.DepartmentCode).Select(g => new { Department = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Department, g => g.Count, ct);
        var count = existing.Values.Sum();
        if (count >= target) { progress?.Invoke(count); return 0; }

        var departments = Territory.Departments;
        var shares = Apportionment.Split(target, departments.Select(d => (long)d.Population).ToList(), MinimumPerDepartment);
        var lacking = departments.Select((d, i) => (long)Math.Max(0, shares[i] - existing.GetValueOrDefault(d.Code))).ToList();
        var toAdd = Apportionment.Split(target - count, lacking);

        var createdAt = DateTime.SpecifyKind(edition.SubmissionOpensOn.ToDateTime(new TimeOnly(6, 0)), DateTimeKind.Utc);
        var needs = departments.Select((d, i) => (d.Code, shares[i] == 0 ? 0 : Math.Max(2, (int)Math.Ceiling(shares[i] / EventsPerOrganisation)))).ToList();
        await Organisations.EnsureAsync(db, edition.Year, needs, createdAt, rng, ct);

        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        // Events are only ever added here: detecting changes on every Add would make each batch quadratic.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var added = 0;
            var batch = new List<Event>(BatchSize);
            for (var i = 0; i < departments.Count; i++)
            {
                var organisers = Organisations.Available(departments[i].Code, edition.Year);
                for (var n = 0; n < toAdd[i]; n++)
                {
                    batch.Add(composer.Compose(edition, rng.Pick(organisers), rng));
                    if (batch.Count < BatchSize) continue;
                    added += await SaveAsync(batch, ct);
                    progress?.Invoke(count + added);
                }
            }
            if (batch.Count > 0 || added == 0)
            {
                added += await SaveAsync(batch, ct);
                progress?.Invoke(count + added);
            }
            return added;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    /// <summary>Saves events in one transaction, then forgets them so that the next batch starts from an empty tracker.</summary>
    public async Task<int> SaveAsync(List<Event> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return 0;
        db.ChangeTracker.Clear();
        References.AttachTo(db);
        db.Events.AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var saved = batch.Count;
        batch.Clear();
        return saved;
    }
}
