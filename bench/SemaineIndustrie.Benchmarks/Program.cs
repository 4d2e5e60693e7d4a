using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SemaineIndustrie.Benchmarks;

// Always in process (--inProcess): BenchmarkDotNet's usual separate build would publish the web project's 3,000
// static files again for every job. Other options pass through, e.g. --filter '*GeoJson*' --job short.
var arguments = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(FilterBenchmarks).Assembly).Run(arguments, config);
