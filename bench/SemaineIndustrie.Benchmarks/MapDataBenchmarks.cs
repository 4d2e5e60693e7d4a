using BenchmarkDotNet.Attributes;
using SemaineIndustrie.Web.Api;
using LeanPoint = SemaineIndustrie.Web.Api.MapPoint;

namespace SemaineIndustrie.Benchmarks;

/// <summary>
/// The map's own data (ADR 0013) for a whole edition of 10,000 events: the lean GeoJSON the application writes, and the
/// one-off compression (Brotli 11 and gzip 9) that <see cref="MapDataCache"/> does once per search and catalogue version
/// instead of once per request. The sizes are printed in the setup, for the 250 kB target.
/// </summary>
[MemoryDiagnoser]
public class MapDataBenchmarks
{
    private const int Features = 10_000;
    private LeanPoint[] points = [];
    private ReadOnlyMemory<byte> json;

    [GlobalSetup]
    public void Setup()
    {
        points = MapPoint.Sample(Features).Select(p => new LeanPoint(p.Id, p.Title, p.Longitude, p.Latitude)).ToArray();
        json = MapGeoJson.Write([], points);
        var document = MapDataCache.Compress(json, points.Length, [], "W/\"m1\"");
        Console.WriteLine($"// {Features} events: {json.Length:N0} bytes, Brotli {document.Brotli.Length:N0}, gzip {document.Gzip.Length:N0}");
    }

    [Benchmark(Baseline = true)]
    public int WriteLean() => MapGeoJson.Write([], points).Length;

    [Benchmark]
    public int CompressOnce() => MapDataCache.Compress(json, points.Length, [], "W/\"m1\"").Brotli.Length;
}
