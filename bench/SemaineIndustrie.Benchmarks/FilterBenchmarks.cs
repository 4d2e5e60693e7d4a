using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using SemaineIndustrie.Web.Catalogue;

namespace SemaineIndustrie.Benchmarks;

/// <summary>What every list page and feed does first with its query string: parse the filter, fold the words.</summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    private readonly IQueryCollection listQuery = new QueryCollection(new Dictionary<string, StringValues>
    {
        ["q"] = "Visites d’usines aéronautiques",
        ["department"] = "31",
        ["kind"] = "visite-entreprise",
        ["from"] = "2026-11-23",
        ["to"] = "2026-11-29",
        ["radiusKm"] = "30",
        ["page"] = "2",
    });

    private readonly IQueryCollection emptyQuery = new QueryCollection();

    [Benchmark]
    public ParsedFilter ParseListQuery() => EventFilterParser.Parse(listQuery);

    [Benchmark]
    public ParsedFilter ParseEmptyQuery() => EventFilterParser.Parse(emptyQuery);

    [Benchmark]
    public string FoldText() => SearchText.Fold("Découverte des métiers de l’Œuvre : Équipementiers et Sous-traitants");

    [Benchmark]
    public string ParseSearchTextToFts5() => SearchText.Parse("Visites d’usines aéronautiques à Toulouse").ToFts5();
}
