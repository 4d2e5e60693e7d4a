using System.Globalization;
using System.Text;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// Writes iCalendar (RFC 5545) by hand: a few properties, folded at 75 octets and escaped, are all calendars need.
/// Times are written in UTC (« 20261124T080000Z »), which every client shows in its own zone: no VTIMEZONE to keep
/// right for the overseas departments (ADR 0005).
/// </summary>
public sealed class ICalendarWriter(TextWriter writer)
{
    public const int MaxOctets = 75;

    public async Task BeginAsync(string name, string? description)
    {
        await LineAsync("BEGIN:VCALENDAR");
        await LineAsync("VERSION:2.0");
        await LineAsync("PRODID:-//Semaine de l'Industrie//Evenements labellises//FR");
        await LineAsync("CALSCALE:GREGORIAN");
        await LineAsync("METHOD:PUBLISH");
        await TextAsync("X-WR-CALNAME", name);
        if (description is not null) await TextAsync("X-WR-CALDESC", description);
        // A subscribed calendar is fetched again every hour (RFC 7986, and the older Microsoft name).
        await LineAsync("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        await LineAsync("X-PUBLISHED-TTL:PT1H");
    }

    public async Task EventAsync(CalendarEntry entry, string pageUrl)
    {
        await LineAsync("BEGIN:VEVENT");
        await LineAsync($"UID:session-{entry.SessionId}@semaine-industrie");
        await LineAsync($"DTSTAMP:{Utc(entry.UpdatedAtUtc)}");
        await LineAsync($"DTSTART:{Utc(entry.StartsAtUtc)}");
        await LineAsync($"DTEND:{Utc(entry.EndsAtUtc)}");
        await TextAsync("SUMMARY", entry.Title);
        await TextAsync("LOCATION", entry.Location);
        if (entry is { Latitude: { } lat, Longitude: { } lon })
            await LineAsync(string.Create(CultureInfo.InvariantCulture, $"GEO:{lat:0.######};{lon:0.######}"));
        await TextAsync("CATEGORIES", entry.KindLabel);
        await TextAsync("DESCRIPTION", entry.Description(pageUrl));
        await LineAsync($"URL:{pageUrl}");
        await LineAsync("STATUS:CONFIRMED");
        await LineAsync("END:VEVENT");
    }

    public Task EndAsync() => LineAsync("END:VCALENDAR");

    /// <summary>A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other control characters dropped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r\n", "\n"))
        {
            switch (c)
            {
                case '\\' or ';' or ',': escaped.Append('\\').Append(c); break;
                case '\n' or '\r': escaped.Append("\\n"); break;
                case '\t': escaped.Append(c); break;
                default: if (!char.IsControl(c)) escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>Splits a content line into lines of at most 75 octets of UTF-8, never inside a character.</summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 8);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxOctets)
            {
                folded.Append("\r\n ");
                octets = 1;
            }
            folded.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }
        return folded.ToString();
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private Task TextAsync(string name, string value) => LineAsync($"{name}:{Escape(value)}");

    private Task LineAsync(string line) => writer.WriteAsync(Fold(line) + "\r\n");
}
