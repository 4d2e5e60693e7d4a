using System.Text.Json;
using SemaineIndustrie.Web.Api;

namespace SemaineIndustrie.Benchmarks;

/// <summary>One event of the map as the endpoint reads it from the database, with plausible French text.</summary>
public sealed record MapPoint(
    int Id, string Title, DateTime? StartsAtUtc, string TimeZoneId, string Commune, string Department, string Kind, bool Featured,
    double Latitude, double Longitude)
{
    private static readonly string[] Titles =
    [
        "Visite de l’usine de découpe laser", "Portes ouvertes de l’atelier d’usinage", "Job dating : métiers de la maintenance",
        "Découverte des métiers de l’aéronautique", "Démonstration de cobots en fonderie", "Rencontre avec les soudeurs de l’entreprise",
    ];
    private static readonly string[] Communes = ["Cahors", "Figeac", "Toulouse", "Saint-Étienne", "Châlons-en-Champagne", "Évreux"];
    private static readonly string[] Kinds = ["Visite d'entreprise", "Portes ouvertes", "Job dating", "Atelier", "Démonstration"];

    public string Url => $"http://localhost:5080/evenements/{Id}";

    public static MapPoint[] Sample(int count)
    {
        var random = new Random(42);
        var start = new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
        return Enumerable.Range(1, count).Select(i => new MapPoint(
            100_000 + i,
            $"{Titles[random.Next(Titles.Length)]} n° {i}",
            random.Next(20) == 0 ? null : start.AddHours(random.Next(7 * 24)),
            "Europe/Paris",
            Communes[random.Next(Communes.Length)],
            random.Next(1, 96).ToString("00"),
            Kinds[random.Next(Kinds.Length)],
            random.Next(10) == 0,
            41.5 + random.NextDouble() * 9.5,
            -4.5 + random.NextDouble() * 12.5)).ToArray();
    }

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteNumber("id", Id);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(Math.Round(Longitude, 5));
        json.WriteNumberValue(Math.Round(Latitude, 5));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteNumber("id", Id);
        json.WriteString("title", Title);
        if (StartsAtUtc is { } start) json.WriteString("startsAt", ApiTime.Local(start, TimeZoneId));
        else json.WriteNull("startsAt");
        json.WriteString("commune", Commune);
        json.WriteString("department", Department);
        json.WriteString("kind", Kind);
        json.WriteBoolean("featured", Featured);
        json.WriteString("url", Url);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public GeoJsonBenchmarks.Feature ToFeature() => new(Id,
        new GeoJsonBenchmarks.Point([Math.Round(Longitude, 5), Math.Round(Latitude, 5)]),
        new GeoJsonBenchmarks.Properties(Id, Title, StartsAtUtc is { } start ? ApiTime.Local(start, TimeZoneId) : null,
            Commune, Department, Kind, Featured, Url));
}
