using System.Globalization;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// CSV as a French Excel opens it without an import wizard: semicolons, CRLF, decimal commas, and text cells that
/// cannot be read as formulas (OWASP « CSV injection »). The UTF-8 byte order mark is written by the caller, once.
/// </summary>
public static class CsvFormat
{
    public const char Separator = ';';
    public const string NewLine = "\r\n";
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>A cell typed by a person: a leading = + - @, tab or carriage return is preceded by an apostrophe.</summary>
    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";

    /// <summary>A number the platform computed (never neutralised: « -1,5 » is a longitude, not a formula).</summary>
    public static string Number(double? value) => value?.ToString("0.######", French) ?? "";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string YesNo(bool value) => value ? "oui" : "non";

    /// <summary>« 2026-11-24 09:00 »: a date and time every Excel reads, whatever its language.</summary>
    public static string LocalTime(DateTime? utc, string timeZoneId) =>
        utc is { } u ? FrenchTime.ToLocal(u, timeZoneId).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>One line, each cell quoted when it holds a separator, a quote or a line break.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(Separator, cells.Select(Quote)) + NewLine;

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
