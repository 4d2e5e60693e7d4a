using System.Globalization;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>A query-string value that cannot be read, with the parameter's name and a French explanation.</summary>
public sealed record FilterError(string Parameter, string Message);

/// <summary>What the parser made of a query string.</summary>
/// <param name="Errors">Values that cannot be read: the API answers 400 naming them; pages ignore them and say so.</param>
public sealed record ParsedFilter(EventFilter Filter, IReadOnlyList<FilterError> Errors)
{
    /// <summary>How a page tells a visitor that a value of the URL was ignored.</summary>
    public IEnumerable<string> ErrorsAsNotices => Errors.Select(e => $"{e.Message} Ce critère est ignoré.");
}

/// <summary>Reads an <see cref="EventFilter"/> from a query string, the same for list pages and for every feed.</summary>
public static class EventFilterParser
{
    public const int MaxTextLength = 200;

    public static ParsedFilter Parse(IQueryCollection query, int defaultPageSize = EventFilter.DefaultPageSize)
    {
        var errors = new List<FilterError>();
        string? Text(string key) => query[key].FirstOrDefault() is { } v && v.Trim() is { Length: > 0 } t ? t : null;
        void Error(string key, string message) => errors.Add(new FilterError(key, message));

        int? Int(string key, string label, int max = int.MaxValue)
        {
            var raw = Text(key);
            if (raw is null) return null;
            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 && v <= max) return v;
            Error(key, max == int.MaxValue
                ? $"{label} « {Shorten(raw)} » n’est pas un nombre entier positif."
                : $"{label} « {Shorten(raw)} » doit être un nombre entier entre 1 et {max}.");
            return null;
        }

        DateOnly? Date(string key, string label)
        {
            var raw = Text(key);
            if (raw is null) return null;
            if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Error(key, $"{label} « {Shorten(raw)} » n’est pas une date au format AAAA-MM-JJ.");
            return null;
        }

        bool Flag(string key, string label)
        {
            var raw = Text(key);
            if (raw is null) return false;
            switch (raw.ToLowerInvariant())
            {
                case "true" or "1" or "on" or "oui": return true;
                case "false" or "0" or "off" or "non": return false;
                default:
                    Error(key, $"{label} attend « true » ou « false », pas « {Shorten(raw)} ».");
                    return false;
            }
        }

        var q = Text("q");
        if (q is { Length: > MaxTextLength })
        {
            Error("q", $"Le texte recherché dépasse {MaxTextLength} caractères.");
            q = null;
        }

        var from = Date("from", "La date de début");
        var to = Date("to", "La date de fin");
        if (from is { } f && to is { } t && t < f)
        {
            Error("to", "La date de fin précède la date de début.");
            to = null;
        }

        var commune = Text("commune")?.ToUpperInvariant();
        if (commune is not null && !IsInseeCode(commune))
        {
            Error("commune", $"« {Shorten(commune)} » n’est pas un code commune INSEE (cinq caractères, comme 46042).");
            commune = null;
        }

        GeoPoint? near = null;
        if (Text("near") is { } rawNear)
        {
            if (GeoPoint.TryParse(rawNear, out var point)) near = point;
            else Error("near", $"« {Shorten(rawNear)} » n’est pas un point « latitude,longitude » valide (par exemple 44.4475,1.4410).");
        }

        double? radius = null;
        if (Text("radiusKm") is { } rawRadius)
        {
            if (double.TryParse(rawRadius.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var r)
                && double.IsFinite(r) && r > 0 && r <= EventFilter.MaxRadiusKm)
                radius = r;
            else Error("radiusKm", $"Le rayon « {Shorten(rawRadius)} » doit être un nombre de kilomètres entre 0 et {EventFilter.MaxRadiusKm:0}.");
        }

        EventSort? sort = null;
        if (Text("sort") is { } rawSort)
        {
            if (Enum.TryParse<EventSort>(rawSort, ignoreCase: true, out var s) && Enum.IsDefined(s) && !char.IsAsciiDigit(rawSort[0])) sort = s;
            else Error("sort", $"Le tri « {Shorten(rawSort)} » n’existe pas : choisissez date, distance ou relevance.");
        }

        var filter = new EventFilter
        {
            Q = q,
            Edition = Int("edition", "L’édition"),
            Region = Text("region")?.ToUpperInvariant(),
            Department = Text("department")?.ToUpperInvariant(),
            Commune = commune,
            Place = Text("place") is { } place ? Shorten(place, 120) : null,
            Near = near,
            RadiusKm = radius,
            From = from,
            To = to,
            Kind = Text("kind"),
            Sector = Text("sector"),
            Audience = Text("audience"),
            AccessibleOnly = Flag("accessible", "Le critère d’accessibilité"),
            RegistrationOpenOnly = Flag("registrationOpen", "Le critère d’inscription ouverte"),
            FeaturedOnly = Flag("featured", "Le critère des temps forts"),
            Sort = sort,
            Page = Int("page", "La page") ?? 1,
            PageSize = Int("pageSize", "La taille de page", EventFilter.MaxPageSize) ?? defaultPageSize,
        };
        return new ParsedFilter(filter, errors);
    }

    /// <summary>Five characters: digits, or 2A/2B for Corsica (« 46042 », « 2A004 »).</summary>
    public static bool IsInseeCode(string code) =>
        code.Length == 5 && code.Skip(2).All(char.IsAsciiDigit)
        && (code[..2].All(char.IsAsciiDigit) || code[..2] is "2A" or "2B");

    /// <summary>The value as the message quotes it: short, and without control characters (the message may go in a header).</summary>
    private static string Shorten(string text, int max = 40)
    {
        var visible = new string(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '\uFFFD' : c).ToArray());
        return visible.Length <= max ? visible : visible[..max] + "…";
    }
}
