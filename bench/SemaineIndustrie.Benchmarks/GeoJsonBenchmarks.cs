using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BenchmarkDotNet.Attributes;
using SemaineIndustrie.Web.Api;

namespace SemaineIndustrie.Benchmarks;

/// <summary>
/// The map's data for a whole edition: 10,000 points written as GeoJSON, then compressed as the response compression
/// middleware does on every request. The endpoint's own writer is private (and being rewritten on the API branch), so
/// both of its shapes are reproduced here with the same options: the hand-written Utf8JsonWriter of the first cut, and
/// System.Text.Json over records as the API branch does.
/// </summary>
[MemoryDiagnoser]
public class GeoJsonBenchmarks
{
    private const int Features = 10_000;
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder };
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web) { Encoder = Encoder };

    private MapPoint[] points = [];
    private byte[] json = [];
    private readonly MemoryStream output = new(4 << 20);

    [GlobalSetup]
    public void Setup()
    {
        points = MapPoint.Sample(Features);
        output.SetLength(0);
        WriteByHand();
        json = output.ToArray();
    }

    [Benchmark(Baseline = true)]
    public long WriteByHand()
    {
        output.SetLength(0);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("notices");
        writer.WriteEndArray();
        writer.WriteStartArray("features");
        foreach (var p in points)
        {
            p.Write(writer);
            // As the endpoint does: hand the bytes on every 32 KB rather than buffer the whole collection.
            if (writer.BytesPending > 32 * 1024) writer.Flush();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return output.Length;
    }

    [Benchmark]
    public long SerializeRecords()
    {
        output.SetLength(0);
        JsonSerializer.Serialize(output, new FeatureCollection([], points.Select(p => p.ToFeature())), SerializerOptions);
        return output.Length;
    }

    [Benchmark]
    public long GzipFastest() => Compress(s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true));

    [Benchmark]
    public long GzipOptimal() => Compress(s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true));

    [Benchmark]
    public long BrotliFastest() => Compress(s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true));

    private long Compress(Func<Stream, Stream> compressor)
    {
        output.SetLength(0);
        using (var stream = compressor(output)) stream.Write(json);
        return output.Length;
    }

    public sealed record FeatureCollection(IReadOnlyList<string> Notices, IEnumerable<Feature> Features)
    {
        [JsonPropertyOrder(-1)] public string Type => "FeatureCollection";
    }

    public sealed record Feature(int Id, Point Geometry, Properties Properties)
    {
        [JsonPropertyOrder(-1)] public string Type => "Feature";
    }

    public sealed record Point(double[] Coordinates)
    {
        [JsonPropertyOrder(-1)] public string Type => "Point";
    }

    public sealed record Properties(
        int Id, string Title, DateTimeOffset? StartsAt, string Commune, string Department, string Kind, bool Featured, string Url);
}
