using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Pages.Events;

/// <summary>
/// The event as schema.org describes it, for search engines and agenda sites: one Event over the whole
/// opening, with one sub-event per session when there are several.
/// </summary>
public static class EventJsonLd
{
    // The default encoder escapes < > & ' everywhere: the JSON cannot close the script element that holds it.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string For(EventDetails e, string pageUrl)
    {
        var place = Place(e);
        var sessions = e.Sessions;
        var document = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = e.Title,
            ["description"] = e.Summary,
            ["url"] = pageUrl,
            ["image"] = e.PictureUrl is { } picture ? new Uri(new Uri(pageUrl), picture).ToString() : null,
            ["inLanguage"] = "fr",
            ["startDate"] = sessions.Count > 0 ? Time(sessions[0].StartsAtUtc, e) : null,
            ["endDate"] = sessions.Count > 0 ? Time(sessions.Max(s => s.EndsAtUtc), e) : null,
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["eventAttendanceMode"] = e.OnlineUrl is null ? "https://schema.org/OfflineEventAttendanceMode" : "https://schema.org/OnlineEventAttendanceMode",
            ["location"] = place,
            ["organizer"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = e.OrganisationName, ["url"] = e.OrganisationWebsite },
            ["isAccessibleForFree"] = e.IsFree,
            ["audience"] = e.Audiences.Select(a => new Dictionary<string, object?> { ["@type"] = "Audience", ["audienceType"] = a }).ToList(),
            ["keywords"] = string.Join(", ", e.Sectors.Prepend(e.KindLabel)),
            ["offers"] = Offer(e, sessions, pageUrl),
            ["subEvent"] = sessions.Count > 1
                ? sessions.Select(s => new Dictionary<string, object?>
                {
                    ["@type"] = "Event",
                    ["name"] = e.Title,
                    ["startDate"] = Time(s.StartsAtUtc, e),
                    ["endDate"] = Time(s.EndsAtUtc, e),
                    ["location"] = place,
                    ["url"] = pageUrl,
                }).ToList()
                : null,
        };
        return JsonSerializer.Serialize(document, Options);
    }

    private static string Time(DateTime utc, EventDetails e) => FrenchTime.ToOffset(utc, e.TimeZoneId).ToString("yyyy-MM-dd'T'HH:mm:sszzz");

    private static object Place(EventDetails e) => e.OnlineUrl is { } online
        ? new Dictionary<string, object?> { ["@type"] = "VirtualLocation", ["url"] = online }
        : new Dictionary<string, object?>
        {
            ["@type"] = "Place",
            ["name"] = e.Venue ?? e.OrganisationName,
            ["address"] = new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = e.Address,
                ["postalCode"] = e.PostalCode,
                ["addressLocality"] = e.CommuneName,
                ["addressRegion"] = e.RegionName,
                ["addressCountry"] = "FR",
            },
            ["geo"] = e.Latitude is { } lat && e.Longitude is { } lon
                ? new Dictionary<string, object?> { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon }
                : null,
        };

    /// <summary>Free of charge; in stock while a session takes registrations or needs none.</summary>
    private static object Offer(EventDetails e, IReadOnlyList<SessionView> sessions, string pageUrl)
    {
        var open = sessions.Any(s => s.RegistrationMode != RegistrationMode.Platform || s.PlacesLeft is null or > 0);
        return new Dictionary<string, object?>
        {
            ["@type"] = "Offer",
            ["price"] = e.IsFree ? 0 : null,
            ["priceCurrency"] = "EUR",
            ["availability"] = open ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
            ["url"] = pageUrl,
        };
    }
}
