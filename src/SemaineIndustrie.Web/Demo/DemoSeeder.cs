using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;

namespace SemaineIndustrie.Web.Demo;

public sealed class DemoOptions
{
    public bool Seed { get; set; }
    public int EventsInOpenEdition { get; set; } = 6000;
}

/// <summary>Fills an empty database with the demo: the open 2026 edition and its events. (Stub: being written.)</summary>
public sealed class DemoSeeder(AppDbContext db, Microsoft.Extensions.Options.IOptions<DemoOptions> options, ILogger<DemoSeeder> logger)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Editions.AnyAsync(e => e.Year == 2026, ct)) return false;
        db.Editions.Add(new Edition
        {
            Year = 2026, Number = 15, WeekStart = new DateOnly(2026, 11, 23), WeekEnd = new DateOnly(2026, 11, 29),
            ToleranceDaysBefore = 15, ToleranceDaysAfter = 15, Theme = "« Avec l’industrie, fabrique ton avenir »",
            Status = EditionStatus.Open,
        });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Démo : {Count} événements demandés.", options.Value.EventsInOpenEdition);
        return true;
    }
}
