using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using CsvHelper;
using CsvHelper.Configuration;

namespace SemaineIndustrie.Tests.Api;

/// <summary>Each format read back with a parser of its own: what re-users will do with it.</summary>
public static class FeedReaders
{
    public static readonly CsvConfiguration FrenchExcel = new(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";" };

    public static List<Dictionary<string, string>> ReadCsv(string text)
    {
        using var csv = new CsvReader(new StringReader(text), FrenchExcel);
        csv.Read();
        csv.ReadHeader();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        return rows;
    }

    public static Ical.Net.Calendar ReadCalendar(string text) => Ical.Net.Calendar.Load(text) ?? throw new InvalidOperationException("Not a calendar.");

    public static SyndicationFeed ReadFeed(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        return SyndicationFeed.Load(reader);
    }

    public static int EventId(string pageUrl) => int.Parse(pageUrl[(pageUrl.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

    public static async Task<List<int>> JsonIdsAsync(HttpClient client, string query, bool locatedOnly = false) =>
        (await client.GetJsonAsync($"/api/v1/events?pageSize=100&{query}")).GetProperty("items").EnumerateArray()
            .Where(e => !locatedOnly || e.GetProperty("latitude").ValueKind == JsonValueKind.Number)
            .Select(e => e.GetProperty("id").GetInt32()).ToList();

    public static async Task<List<int>> GeoJsonIdsAsync(HttpClient client, string query) =>
        JsonDocument.Parse(await client.GetTextAsync($"/api/v1/events.geojson?{query}")).RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("id").GetInt32()).ToList();

    public static async Task<List<int>> CsvIdsAsync(HttpClient client, string query) =>
        ReadCsv(await client.GetTextAsync($"/api/v1/events.csv?{query}")).Select(r => int.Parse(r["Identifiant"], CultureInfo.InvariantCulture)).ToList();

    public static async Task<List<int>> CalendarIdsAsync(HttpClient client, string query) =>
        ReadCalendar(await client.GetTextAsync($"/api/v1/events.ics?{query}")).Events.Select(e => EventId(e.Url!.ToString())).Distinct().ToList();

    public static async Task<List<int>> FeedIdsAsync(HttpClient client, string format, string query) =>
        ReadFeed(await client.GetTextAsync($"/api/v1/events.{format}?{query}")).Items.Select(i => EventId(i.Links[0].Uri.ToString())).ToList();
}
