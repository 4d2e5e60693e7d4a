using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Demo;

public sealed class DemoOptions
{
    public bool Seed { get; set; }
    public int EventsInOpenEdition { get; set; } = 6000;

    /// <summary>
    /// The Monday the open edition's week starts on, when not the real one (23 November 2026): a demonstration given
    /// after that week, or tests that register for sessions to come, set one ahead of today (ADR 0021).
    /// </summary>
    public DateOnly? OpenWeekStart { get; set; }
}

/// <summary>
/// Fills a database that has no 2026 edition with the demo: the open 2026 edition and its events
/// across the 101 departments, then the Lot's events of 2021 and the committees of Occitanie. The same database content comes out
/// of every run: everything is drawn from a fixed seed and dated from fixed dates.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
{
    /// <summary>The seed of the demo; the generator takes its own from the command line.</summary>
    public const int Seed = 20261123;

    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        var settings = Settings();
        if (await db.Editions.AnyAsync(e => e.Year == DemoEditions.OpenYear, ct)) return false;
        var clock = Stopwatch.StartNew();

        var edition = await DemoEditions.EnsureOpenEditionAsync(db, ct, settings.OpenWeekStart);
        var filler = await EditionFiller.CreateAsync(db, ct);
        var added = await filler.FillAsync(DemoEditions.Plan(edition), Math.Max(0, settings.EventsInOpenEdition), new Random(Seed), null, ct);
        var lot = await Lot2021.AddAsync(db, filler, ct);
        await DemoCommittees.AddAsync(db, edition.Id, ct);

        logger.LogInformation(
            "Démo créée en {Seconds:0.0} s : édition {Year} avec {Added} événements, et {Lot} événements du Lot en 2021.",
            clock.Elapsed.TotalSeconds, edition.Year, added, lot);
        return true;
    }

    /// <summary>The demo's settings, read before anything is written; one that cannot be read stops the start in French.</summary>
    private DemoOptions Settings()
    {
        try
        {
            return options.Value;
        }
        catch (InvalidOperationException e)
        {
            throw new DatabaseConfigurationException(
                "un réglage de la démonstration ne peut pas être lu : Demo__OpenWeekStart attend une date au format "
                + "AAAA-MM-JJ (par exemple 2026-11-23), Demo__EventsInOpenEdition un nombre entier.", e);
        }
    }
}
