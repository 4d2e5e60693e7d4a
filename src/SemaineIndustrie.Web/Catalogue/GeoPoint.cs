using System.Globalization;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>A WGS 84 point, as the shipped communes and the browser's geolocation give it.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public const double KmPerDegree = 111.195;

    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    /// <summary>Reads « 44.45,1.44 » (latitude first, decimal point).</summary>
    public static bool TryParse(string text, out GeoPoint point)
    {
        point = default;
        var parts = text.Split(',');
        if (parts.Length != 2) return false;
        if (!double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)) return false;
        if (!double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)) return false;
        if (!IsValid(lat, lon)) return false;
        point = new GeoPoint(lat, lon);
        return true;
    }

    /// <summary>Great-circle distance in kilometres.</summary>
    public double DistanceKm(double latitude, double longitude)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(latitude - Latitude);
        var dLon = Rad(longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Rad(Latitude)) * Math.Cos(Rad(latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// The scale of a degree of longitude against a degree of latitude here: distances within a few hundred km are
    /// then plain arithmetic both databases compute and index (an equirectangular projection around the point).
    /// </summary>
    public double LongitudeScale => Math.Cos(Latitude * Math.PI / 180);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Round(Latitude, 5)},{Math.Round(Longitude, 5)}");
}
