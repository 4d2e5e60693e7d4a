using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Demo;

namespace SemaineIndustrie.Tests.Operations;

/// <summary>Settings and moves the operations tests share: a small demo, raised limits, a session to register for, a sign-in.</summary>
internal static class Scenarios
{
    public static Dictionary<string, string> Settings(string provider, string connectionString, string mailFolder, bool seed) => new()
    {
        ["Database__Provider"] = provider,
        ["ConnectionStrings__Default"] = connectionString,
        ["Demo__Seed"] = seed ? "true" : "false",
        ["Demo__EventsInOpenEdition"] = "300",
        ["Cache__PublicSeconds"] = "2",
        ["Mail__PickupFolder"] = mailFolder,
        ["RateLimits__Registrations__PerAddress"] = "100000",
        ["RateLimits__Registrations__PerEmail"] = "1000",
        ["Accounts__SignInAttemptsPerMinute"] = "1000",
        ["Registrations__HousekeepingMinutes"] = "600",
        // The demo's week three weeks ahead, whatever today is: its sessions take registrations (ADR 0021).
        ["Demo__OpenWeekStart"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(21).ToString("yyyy-MM-dd"),
    };

    /// <summary>A future session of the open edition taking registrations on the platform, nobody registered yet.</summary>
    public static async Task<(int Id, int EventId, int Capacity)> FreshSessionAsync(HttpClient client, int minCapacity, int maxCapacity, int skip = 0)
    {
        for (var page = 1; page <= 10; page++)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/events?registrationOpen=true&pageSize=100&page={page}"));
            var found = json.RootElement.GetProperty("items").EnumerateArray()
                .SelectMany(e => e.GetProperty("sessions").EnumerateArray().Select(s => (Event: e, Session: s)))
                .Where(x => x.Session.GetProperty("registration").GetString() == "platform"
                    && x.Session.GetProperty("capacity").ValueKind == JsonValueKind.Number
                    && x.Session.GetProperty("capacity").GetInt32() is var c && c >= minCapacity && c <= maxCapacity
                    && x.Session.GetProperty("placesLeft").GetInt32() == c
                    && x.Session.GetProperty("startsAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(3))
                .Skip(skip).Select(x => (x.Session.GetProperty("id").GetInt32(), x.Event.GetProperty("id").GetInt32(), x.Session.GetProperty("capacity").GetInt32()))
                .FirstOrDefault();
            if (found.Item1 != 0) return found;
        }
        throw new InvalidOperationException($"No fresh platform session with {minCapacity} to {maxCapacity} places in the demo.");
    }

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient client, int sessionId, string email) =>
        client.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/registrations", new { kind = "individual", name = "Camille Essai", email, places = 1 });

    /// <summary>Signs the demo organiser in: the form comes from <paramref name="formFrom"/>, the post goes to <paramref name="postTo"/>.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient formFrom, HttpClient postTo, string email = "organisateur.lot@" + DemoAccounts.Domain)
    {
        var form = (await formFrom.GetDocumentAsync("/compte/connexion")).QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .First(f => f.QuerySelector("[name='Input.Email']") is not null);
        return await postTo.PostFormAsync("/compte/connexion", Forms.CurrentValues(form), [("Input.Email", email), ("Input.Password", DemoAccounts.Password)]);
    }
}
