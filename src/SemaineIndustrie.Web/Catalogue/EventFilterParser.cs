using System.Globalization;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>
/// Reads an <see cref="EventFilter"/> from a query string. A value that cannot be read is ignored and
/// said so, never an error page: visitors share and edit these URLs by hand.
/// </summary>
public static class EventFilterParser
{
    public static (EventFilter Filter, List<string> Notices) Parse(IQueryCollection query, int pageSize = EventFilter.DefaultPageSize)
    {
        var notices = new List<string>();
        string? Text(string key) => query[key].FirstOrDefault() is { Length: > 0 } v ? v.Trim() : null;

        int? Int(string key, string label)
        {
            var raw = Text(key);
            if (raw is null) return null;
            if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0) return v;
            notices.Add($"{label} « {raw} » n’est pas un nombre valide : ce filtre est ignoré.");
            return null;
        }

        DateOnly? Date(string key, string label)
        {
            var raw = Text(key);
            if (raw is null) return null;
            if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            notices.Add($"{label} « {raw} » n’est pas une date au format AAAA-MM-JJ : ce filtre est ignoré.");
            return null;
        }

        var from = Date("from", "La date de début");
        var to = Date("to", "La date de fin");
        if (from is { } f && to is { } t && t < f)
        {
            notices.Add("La date de fin précède la date de début : les deux dates sont ignorées.");
            from = to = null;
        }

        var filter = new EventFilter
        {
            Edition = Int("edition", "L’édition"),
            Region = Text("region"),
            Department = Text("department")?.ToUpperInvariant(),
            Kind = Text("kind"),
            Sector = Text("sector"),
            Audience = Text("audience"),
            From = from,
            To = to,
            FeaturedOnly = Text("featured") is "true" or "1" or "on",
            Page = Int("page", "La page") ?? 1,
            PageSize = pageSize,
        };
        return (filter, notices);
    }
}
