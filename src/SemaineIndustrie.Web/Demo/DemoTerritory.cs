using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Demo;

internal sealed record DemoDepartment(string Code, string Name, string RegionName, string TimeZoneId, int Population, string PhonePrefix);

internal sealed record DemoCommune(string InseeCode, string Name, string DepartmentCode, string[] PostalCodes, double? Latitude, double? Longitude, double Weight)
{
    public bool IsTown => Weight >= 3;
}

/// <summary>
/// The departments that take part in the week and their communes, weighted so that events land
/// where industry and people are: in towns rather than hamlets, and on a commune with a point.
/// </summary>
internal sealed class DemoTerritory
{
    // The five overseas departments take part; the overseas collectivities (975, 977 and beyond) do not.
    private static readonly HashSet<string> OverseasDepartments = ["971", "972", "973", "974", "976"];

    private readonly Dictionary<string, DemoDepartment> departments;
    private readonly Dictionary<string, DemoCommune> communes;
    private readonly Dictionary<string, (Picker All, Picker Towns, DemoCommune Main)> byDepartment;
    private readonly Dictionary<string, (double Latitude, double Longitude)> arrondissementPoints;

    private DemoTerritory(List<DemoDepartment> departments, List<DemoCommune> communes,
        Dictionary<string, (double, double)> arrondissementPoints)
    {
        Departments = departments;
        this.departments = departments.ToDictionary(d => d.Code);
        this.communes = communes.ToDictionary(c => c.InseeCode);
        byDepartment = communes.GroupBy(c => c.DepartmentCode).ToDictionary(g => g.Key, g =>
        {
            var all = g.ToArray();
            var towns = all.Where(c => c.IsTown).ToArray();
            return (new Picker(all), new Picker(towns.Length > 0 ? towns : all), all.MaxBy(c => c.Weight)!);
        });
        this.arrondissementPoints = arrondissementPoints;
    }

    /// <summary>The 101 departments, ordered by code.</summary>
    public IReadOnlyList<DemoDepartment> Departments { get; }

    public DemoDepartment Department(string code) => departments[code];
    public DemoCommune? Commune(string inseeCode) => communes.GetValueOrDefault(inseeCode);

    public static async Task<DemoTerritory> LoadAsync(AppDbContext db, CancellationToken ct)
    {
        var departmentRows = await db.Departments.AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.Name, d.RegionCode, Region = d.Region!.Name, d.TimeZoneId, d.Population })
            .ToListAsync(ct);
        var departments = departmentRows
            .Where(d => d.Code.Length == 2 || OverseasDepartments.Contains(d.Code))
            .Select(d => new DemoDepartment(d.Code, d.Name, d.Region, d.TimeZoneId, d.Population, PhonePrefix(d.Code, d.RegionCode)))
            .ToList();
        var codes = departments.Select(d => d.Code).ToHashSet();

        var rows = await db.Communes.AsNoTracking().OrderBy(c => c.InseeCode)
            .Select(c => new { c.InseeCode, c.Name, c.DepartmentCode, c.PostalCodes, c.Latitude, c.Longitude })
            .ToListAsync(ct);
        rows = rows.Where(r => codes.Contains(r.DepartmentCode)).ToList();
        var postalCodes = rows.ToDictionary(r => r.InseeCode, r => r.PostalCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var sharing = postalCodes.Values.SelectMany(p => p).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var communes = rows.Select(r => new DemoCommune(r.InseeCode, r.Name, r.DepartmentCode, postalCodes[r.InseeCode],
            r.Latitude, r.Longitude, 0)).ToList();
        var mainTowns = MainTowns(communes);
        communes = communes.Select(c => c with { Weight = Weight(c, mainTowns.Contains(c.InseeCode), sharing) }).ToList();
        return new DemoTerritory(departments, communes, LoadArrondissementPoints());
    }

    /// <summary>A commune of the department, towns more often than villages.</summary>
    public DemoCommune PickCommune(string departmentCode, Random rng) => byDepartment[departmentCode].All.Pick(rng);

    /// <summary>A town of the department, for the organisations that only towns have (a lycée, an IUT, an agency).</summary>
    public DemoCommune PickTown(string departmentCode, Random rng) => byDepartment[departmentCode].Towns.Pick(rng);

    /// <summary>The department's main town, where departmental bodies (its CCI, its UIMM) sit.</summary>
    public DemoCommune MainTown(string departmentCode) => byDepartment[departmentCode].Main;

    /// <summary>
    /// The point of the place: the commune's (or, in Paris, Lyon and Marseille, the arrondissement's
    /// of the postal code), moved by less than 1.5 km so that the pins of a town do not pile up. The
    /// move is drawn from the key, so that every event of one organisation shares its pin.
    /// </summary>
    public (double? Latitude, double? Longitude) Point(DemoCommune commune, string? postalCode, string key)
    {
        double latitude, longitude;
        if (postalCode is not null && commune.PostalCodes.Length > 1 && arrondissementPoints.TryGetValue(postalCode, out var p))
            (latitude, longitude) = p;
        else if (commune is { Latitude: { } lat, Longitude: { } lon })
            (latitude, longitude) = (lat, lon);
        else
            return (null, null);
        var rng = new Random(DemoRandom.StableSeed(key));
        var distanceKm = 1.2 * Math.Sqrt(rng.NextDouble());
        var angle = rng.NextDouble() * 2 * Math.PI;
        var dLat = distanceKm * Math.Cos(angle) / 111.32;
        var dLon = distanceKm * Math.Sin(angle) / (111.32 * Math.Cos(latitude * Math.PI / 180));
        return (Math.Round(latitude + dLat, 5), Math.Round(longitude + dLon, 5));
    }

    // Without population figures per commune, the postal codes tell towns from villages: a large town
    // has several codes or one of its own, a village shares its code with its neighbours, and the main
    // town of a department holds the code ending in 000.
    private static double Weight(DemoCommune c, bool isMainTown, Dictionary<string, int> sharing)
    {
        var weight = c.Latitude is not null ? 1.0 : 0.05;
        if (c.PostalCodes.Length == 0) return weight;
        if (isMainTown) weight *= 25;
        else if (c.PostalCodes.Any(p => p.EndsWith("000", StringComparison.Ordinal))) weight *= 2;
        if (c.PostalCodes.Length > 1) weight *= 1 + 2 * (c.PostalCodes.Length - 1);
        if (c.PostalCodes.All(p => sharing[p] == 1)) weight *= 3;
        return Math.Min(weight, 300);
    }

    /// <summary>
    /// The commune that owns each postal code ending in 000. When neighbours share the code, the town
    /// is taken to be the one nearest the middle of the group, the suburbs lying around it; between
    /// two, the shorter name (« Bourg-en-Bresse » rather than « Saint-Denis-lès-Bourg »). Right for
    /// about nine prefectures in ten, and otherwise a commune next door.
    /// </summary>
    private static HashSet<string> MainTowns(List<DemoCommune> communes)
    {
        var towns = new HashSet<string>(StringComparer.Ordinal);
        var groups = communes.Where(c => c.Latitude is not null)
            .SelectMany(c => c.PostalCodes.Where(p => p.EndsWith("000", StringComparison.Ordinal)).Select(p => (Code: p, Commune: c)))
            .GroupBy(x => x.Code, x => x.Commune);
        foreach (var group in groups)
        {
            var members = group.ToList();
            var latitude = members.Average(c => c.Latitude!.Value);
            var longitude = members.Average(c => c.Longitude!.Value);
            var cosine = Math.Cos(latitude * Math.PI / 180);
            towns.Add(members.MinBy(c =>
                Math.Sqrt(Math.Pow((c.Latitude!.Value - latitude) * 111, 2) + Math.Pow((c.Longitude!.Value - longitude) * 111 * cosine, 2))
                + 0.15 * c.Name.Length)!.InseeCode);
        }
        return towns;
    }

    private static Dictionary<string, (double, double)> LoadArrondissementPoints()
    {
        var points = new Dictionary<string, (double, double)>();
        var file = Path.Combine(ReferenceDataImporter.Folder, "arrondissements_municipaux.csv");
        if (!File.Exists(file)) return points;
        foreach (var row in CsvFile.Read(file))
        {
            if (!double.TryParse(row["latitude"], CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(row["longitude"], CultureInfo.InvariantCulture, out var lon)) continue;
            foreach (var code in row["postal_codes"].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                points.TryAdd(code, (lat, lon));
        }
        return points;
    }

    // French numbering plan: the first two digits follow the region; overseas departments have their own.
    private static string PhonePrefix(string department, string region) => department switch
    {
        "971" => "0590", "972" => "0596", "973" => "0594", "974" => "0262", "976" => "0269",
        _ => region switch
        {
            "11" => "01",
            "24" or "28" or "52" or "53" => "02",
            "27" or "32" or "44" => "03",
            "84" or "93" or "94" => "04",
            _ => "05",
        },
    };

    /// <summary>Draws communes in proportion to their weight.</summary>
    private sealed class Picker
    {
        private readonly DemoCommune[] communes;
        private readonly double[] cumulative;

        public Picker(DemoCommune[] communes)
        {
            this.communes = communes;
            cumulative = new double[communes.Length];
            var sum = 0.0;
            for (var i = 0; i < communes.Length; i++) cumulative[i] = sum += communes[i].Weight;
        }

        public DemoCommune Pick(Random rng)
        {
            var i = Array.BinarySearch(cumulative, rng.NextDouble() * cumulative[^1]);
            return communes[Math.Min(i < 0 ? ~i : i, communes.Length - 1)];
        }
    }
}
