using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Catalogue;
using SemaineIndustrie.Web.Infrastructure.Caching;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Benchmarks;

/// <summary>
/// Reading an event's page from the full SQLite dataset of the last benchmark run (ADR 0022): one split query whose
/// lists repeat the event's seven-table join, as before, against the event then its lists beside it, compiled.
/// Run <c>bench/run.sh --provider sqlite</c> first, or point <c>BENCH_SQLITE</c> at another database file.
/// </summary>
[MemoryDiagnoser]
public class EventPageBenchmarks
{
    private AppDbContext db = null!;
    private EventCatalogue catalogue = null!;
    private int[] ids = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var file = Environment.GetEnvironmentVariable("BENCH_SQLITE")
            ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../work/data/full-sqlite.db"));
        if (!File.Exists(file)) throw new FileNotFoundException($"No dataset at {file}: run bench/run.sh --provider sqlite first, or set BENCH_SQLITE.");
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseRegistration.Configure(options, DatabaseProvider.Sqlite, $"Data Source={file};Mode=ReadOnly");
        db = new AppDbContext(options.Options);
        catalogue = new EventCatalogue(db, new MemoryCache(new MemoryCacheOptions()), new CatalogueVersion());
        ids = db.Events.Where(e => e.Status == EventStatus.Labelled).OrderBy(e => e.Id).Select(e => e.Id).Take(500).ToArray();
        Console.WriteLine($"// {file}: {ids.Length} labelled events read in turn");
    }

    [GlobalCleanup]
    public void Cleanup() => db.Dispose();

    private int NextId() => ids[next++ % ids.Length];

    [Benchmark(Baseline = true)]
    public async Task<int> SplitQuery()
    {
        var id = NextId();
        var details = await db.Events.AsNoTracking().Where(e => e.Id == id && e.Status == EventStatus.Labelled)
            .AsSplitQuery().Select(e => new
            {
                e.Id, e.Title, Kind = e.Kind!.Label, Edition = e.Edition!.Year, Organisation = e.Organisation!.Name,
                Commune = e.Commune!.Name, Department = e.Department!.Name, Region = e.Department.Region!.Name,
                Sectors = e.Sectors.OrderBy(s => s.Label).Select(s => s.Label).ToList(),
                Audiences = e.Audiences.OrderBy(a => a.SortOrder).Select(a => a.Label).ToList(),
                Themes = e.Themes.OrderBy(t => t.SortOrder).Select(t => t.Label).ToList(),
                Sessions = e.Sessions.OrderBy(s => s.StartsAtUtc).Select(s => new { s.Id, s.StartsAtUtc, s.PlacesTaken }).ToList(),
            })
            .FirstOrDefaultAsync();
        return details!.Sessions.Count;
    }

    [Benchmark]
    public async Task<int> ListsBesideCompiled() => (await catalogue.PublicEventAsync(NextId()))!.Sessions.Count;
}
