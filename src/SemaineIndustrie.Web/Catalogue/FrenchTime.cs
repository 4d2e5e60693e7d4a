using System.Globalization;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>Dates and times as French readers expect them, in the time zone of the event's department.</summary>
public static class FrenchTime
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone(timeZoneId));

    /// <summary>The local time with its offset (« 2026-11-25T09:00:00+01:00 »), as ISO 8601 feeds and schema.org want it.</summary>
    public static DateTimeOffset ToOffset(DateTime utc, string timeZoneId)
    {
        var zone = Zone(timeZoneId);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    public static DateTime ToUtc(DateTime local, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone(timeZoneId));

    /// <summary>Midnight of a calendar day in metropolitan France, in UTC: the bound of a date filter.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue), "Europe/Paris");

    /// <summary>« mercredi 24 novembre 2021 ».</summary>
    public static string Day(DateOnly day) => $"{day.ToString("dddd", Culture)} {DayMonth(day)} {day.Year}";

    /// <summary>« 24 novembre », « 1er avril »: French writes the first of the month as an ordinal.</summary>
    public static string DayMonth(DateOnly day) => $"{(day.Day == 1 ? "1er" : day.Day.ToString(Culture))} {day.ToString("MMMM", Culture)}";

    /// <summary>« 9 h 00 », the typographic form of French times.</summary>
    public static string Time(DateTime local) => local.ToString("H' h 'mm", Culture);

    /// <summary>« mercredi 24 novembre 2021, de 9 h 00 à 11 h 30 » (with the other day when the session spans two).</summary>
    public static string Slot(DateTime startUtc, DateTime endUtc, string timeZoneId)
    {
        var start = ToLocal(startUtc, timeZoneId);
        var end = ToLocal(endUtc, timeZoneId);
        var zone = timeZoneId == "Europe/Paris" ? "" : $" (heure locale)";
        return start.Date == end.Date
            ? $"{Day(DateOnly.FromDateTime(start))}, de {Time(start)} à {Time(end)}{zone}"
            : $"du {Day(DateOnly.FromDateTime(start))}, {Time(start)}, au {Day(DateOnly.FromDateTime(end))}, {Time(end)}{zone}";
    }

    /// <summary>« du 22 au 28 novembre 2021 », or across months and years as needed.</summary>
    public static string Range(DateOnly start, DateOnly end)
    {
        if (start == end) return $"le {Day(start)}";
        if (start.Year != end.Year) return $"du {DayMonth(start)} {start.Year} au {DayMonth(end)} {end.Year}";
        if (start.Month != end.Month) return $"du {DayMonth(start)} au {DayMonth(end)} {end.Year}";
        return $"du {(start.Day == 1 ? "1er" : start.Day.ToString(Culture))} au {DayMonth(end)} {end.Year}";
    }

    /// <summary>The short day of a card: « 24 nov. 2021 ».</summary>
    public static string ShortDay(DateTime utc, string timeZoneId) =>
        ToLocal(utc, timeZoneId).ToString("d MMM yyyy", Culture);

    public static string Number(int n) => n.ToString("N0", Culture);

    private static TimeZoneInfo Zone(string id) => id == "Europe/Paris" ? Paris : TimeZoneInfo.FindSystemTimeZoneById(id);
}
