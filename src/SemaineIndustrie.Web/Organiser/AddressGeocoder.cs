using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Infrastructure;

namespace SemaineIndustrie.Web.Organiser;

/// <summary>The national address service (Base adresse nationale: api-adresse.data.gouv.fr, or the IGN Géoplateforme's geocoding).</summary>
public sealed class AddressServiceOptions
{
    /// <summary>For instance https://api-adresse.data.gouv.fr or https://data.geopf.fr/geocodage; empty: not asked (the commune's point is used).</summary>
    public string? BaseUrl { get; set; }
    public int TimeoutMilliseconds { get; set; } = 2000;
}

/// <summary>
/// Places an address within its commune through the national address service when it is configured and answers in time;
/// null otherwise (the form then takes the commune's point). An answer far from the commune is not believed.
/// </summary>
public sealed class AddressGeocoder(HttpClient http, IOptions<SiteOptions> site, ILogger<AddressGeocoder> log)
{
    public async Task<GeoPoint?> LocateAsync(string? address, CommunePlace commune, CancellationToken ct = default)
    {
        var options = site.Value.AddressService;
        if (string.IsNullOrWhiteSpace(options.BaseUrl) || string.IsNullOrWhiteSpace(address) || commune.Point is not { } centre) return null;
        var url = $"{options.BaseUrl.TrimEnd('/')}/search/?q={Uri.EscapeDataString(address.Trim())}&citycode={commune.InseeCode}&limit=1";
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.TimeoutMilliseconds);
        try
        {
            using var response = await http.GetAsync(url, timeout.Token);
            if (!response.IsSuccessStatusCode) return null;
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
            if (!json.RootElement.TryGetProperty("features", out var features) || features.GetArrayLength() == 0) return null;
            var coordinates = features[0].GetProperty("geometry").GetProperty("coordinates");
            var point = new GeoPoint(coordinates[1].GetDouble(), coordinates[0].GetDouble());
            return GeoPoint.IsValid(point.Latitude, point.Longitude) && centre.DistanceKm(point.Latitude, point.Longitude) <= EventPoint.MaxKmFromCommune
                ? point : null;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or JsonException or InvalidOperationException
                                       or KeyNotFoundException or IndexOutOfRangeException or FormatException)
        {
            log.LogWarning("The address service did not place « {Address} » in {Commune}: {Reason}", address, commune.InseeCode, e.Message);
            return null;
        }
    }
}

/// <summary>The event's point: the commune's, the address service's, or where the organiser moved the pin (not far from the commune).</summary>
public static class EventPoint
{
    public const double MaxKmFromCommune = 30;

    /// <summary>A coordinate as the form shows it, with a decimal comma: « 44,4475 ».</summary>
    public static string Field(double? value) => value?.ToString("0.######", FrenchTime.Culture) ?? "";

    /// <summary>Reads the two fields (« 44,4475 » as well as « 44.4475 »); false when either is missing or unreadable.</summary>
    public static bool TryRead(string? latitude, string? longitude, out GeoPoint point)
    {
        point = default;
        if (!TryNumber(latitude, out var lat) || !TryNumber(longitude, out var lon) || !GeoPoint.IsValid(lat, lon)) return false;
        point = new GeoPoint(lat, lon);
        return true;
    }

    private static bool TryNumber(string? text, out double value) =>
        double.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
