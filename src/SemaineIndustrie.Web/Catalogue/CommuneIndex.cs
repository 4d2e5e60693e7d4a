using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>A commune as places are found: by name, postal code or INSEE code.</summary>
public sealed record CommunePlace(string InseeCode, string Name, string DepartmentCode, string PostalCodes, double? Latitude, double? Longitude)
{
    public string MainPostalCode => PostalCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? DepartmentCode;
    /// <summary>« Cahors (46000) »: what the place field shows and reads back without ambiguity.</summary>
    public string Label => $"{Name} ({MainPostalCode})";
    public GeoPoint? Point => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;
    internal string Folded { get; } = CommuneIndex.Normalise(Name);
}

/// <summary>A place found from what a person typed: one commune, or every commune of a postal code.</summary>
/// <param name="Others">Homonyms left aside (« Saint-Denis »): the person may add the postal code.</param>
public sealed record PlaceMatch(
    string FormValue, string In, string From, IReadOnlyList<string> CommuneCodes, GeoPoint? Centre, IReadOnlyList<CommunePlace> Others)
{
    public static PlaceMatch Of(CommunePlace c) => new(c.Label, $"à {c.Label}", $"de {c.Label}", [c.InseeCode], c.Point, []);
}

/// <summary>
/// The 35,000 communes held in memory for an hour: finding « Cahors », « 46000 » or « st cirq » must not cost a
/// query per keystroke, and the list changes once a year.
/// </summary>
public sealed class CommuneIndex(AppDbContext db, IMemoryCache cache)
{
    private const string CacheKey = "reference:commune-index";

    public async Task<CommunePlace?> ByCodeAsync(string inseeCode) =>
        (await AllAsync()).ByCode.GetValueOrDefault(inseeCode.ToUpperInvariant());

    /// <summary>Communes whose name starts with the text (or whose postal code does), best first.</summary>
    public async Task<IReadOnlyList<CommunePlace>> SuggestAsync(string text, int max = 10)
    {
        var all = await AllAsync();
        var wanted = Normalise(text);
        if (wanted.Length == 0) return [];
        if (wanted.All(char.IsAsciiDigit))
            return all.List.Where(c => c.PostalCodes.Split(' ').Any(p => p.StartsWith(wanted, StringComparison.Ordinal)) || c.InseeCode == wanted)
                .OrderBy(c => c.MainPostalCode, StringComparer.Ordinal).ThenBy(c => c.Folded, StringComparer.Ordinal).Take(max).ToList();
        return all.List.Where(c => c.Folded.StartsWith(wanted, StringComparison.Ordinal))
            .OrderBy(c => c.Folded.Length == wanted.Length ? 0 : 1).ThenBy(c => c.Folded.Length).ThenBy(c => c.Folded, StringComparer.Ordinal)
            .Take(max).ToList();
    }

    /// <summary>
    /// The place a person meant by « Cahors », « cahors », « 46042 », « Cahors (46000) » (a commune) or « 46100 »
    /// (every commune of that postal code); null when nothing matches.
    /// </summary>
    public async Task<PlaceMatch?> ResolveAsync(string text)
    {
        var all = await AllAsync();
        var trimmed = text.Trim();
        string? postalCode = null;
        var open = trimmed.LastIndexOf('(');
        if (open > 0 && trimmed.EndsWith(')'))
        {
            postalCode = trimmed[(open + 1)..^1].Trim();
            trimmed = trimmed[..open].Trim();
        }
        var wanted = Normalise(trimmed);
        if (postalCode is null && wanted.Length == 5 && all.ByPostalCode.TryGetValue(wanted, out var group))
        {
            var points = group.Where(c => c.Point is not null).ToList();
            GeoPoint? centre = points.Count == 0 ? null
                : new GeoPoint(points.Average(c => c.Latitude!.Value), points.Average(c => c.Longitude!.Value));
            return group.Count == 1
                ? PlaceMatch.Of(group[0])
                : new PlaceMatch(wanted, $"dans le code postal {wanted}", $"du code postal {wanted}", group.Select(c => c.InseeCode).ToList(), centre, []);
        }
        if (postalCode is null && wanted.Length == 5 && all.ByCode.TryGetValue(wanted.ToUpperInvariant(), out var byInsee))
            return PlaceMatch.Of(byInsee);
        var named = all.ByName.GetValueOrDefault(wanted) ?? [];
        if (postalCode is not null) named = named.Where(c => c.PostalCodes.Split(' ').Contains(postalCode)).ToList();
        return named.Count == 0 ? null : PlaceMatch.Of(named[0]) with { Others = named.Skip(1).ToList() };
    }

    /// <summary>
    /// Lower case, no accents, words separated by single spaces, « St » and « Ste » written out: visitors type
    /// « st cirq lapopie » as often as « Saint-Cirq-Lapopie ».
    /// </summary>
    internal static string Normalise(string text)
    {
        var words = SearchText.Fold(text).Split([' ', '-', '’', '\'', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w switch { "st" => "saint", "ste" => "sainte", _ => w });
        return string.Join(' ', words);
    }

    private sealed record Index(
        IReadOnlyList<CommunePlace> List, Dictionary<string, CommunePlace> ByCode,
        Dictionary<string, List<CommunePlace>> ByName, Dictionary<string, List<CommunePlace>> ByPostalCode);

    private async Task<Index> AllAsync() => (await cache.GetOrCreateAsync(CacheKey, async entry =>
    {
        entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
        var list = await db.Communes.AsNoTracking().OrderBy(c => c.InseeCode)
            .Select(c => new CommunePlace(c.InseeCode, c.Name, c.DepartmentCode, c.PostalCodes, c.Latitude, c.Longitude))
            .ToListAsync();
        return new Index(
            list,
            list.ToDictionary(c => c.InseeCode),
            list.GroupBy(c => c.Folded).ToDictionary(g => g.Key, g => g.ToList()),
            list.SelectMany(c => c.PostalCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => (p, c)))
                .GroupBy(x => x.p).ToDictionary(g => g.Key, g => g.Select(x => x.c).ToList()));
    }))!;
}
