using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Tests.Registrations;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Security;

/// <summary>
/// Hostile input across forms and the API (issue 7): every payload on every target answers without a 5xx, with a clear
/// answer, nothing reflected as markup, and what is stored is exactly what was sent (or refused whole).
/// </summary>
public class HostileInputTests
{
    /// <summary>Named payloads: injection, SQL-looking strings, unicode edge cases, sizes, malformed values.</summary>
    public static readonly IReadOnlyDictionary<string, string> Payloads = new Dictionary<string, string>
    {
        ["script"] = "<script>alert(1)</script>",
        ["img-onerror"] = "\"><img src=x onerror=alert(1)>",
        ["svg-onload"] = "<svg/onload=alert(1)>",
        ["javascript-url"] = "javascript:alert(document.cookie)",
        ["template"] = "{{7*7}}${7*7}<%= 7*7 %>",
        ["sql-drop"] = "'; DROP TABLE \"Events\"; --",
        ["sql-or"] = "' OR '1'='1",
        ["sql-union"] = "1 UNION SELECT \"Email\", \"PasswordHash\" FROM \"AspNetUsers\" --",
        ["fts-syntax"] = "\"NEAR(usine* -) AND OR ^ :",
        ["null-char"] = "Usine\0Cahors",
        ["control-chars"] = "a\u0001\u0002\u0007\u001b[31mrouge",
        ["crlf"] = "nom\r\nSet-Cookie: pris=1",
        ["combining"] = "Z\u0351\u0364\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309ut" + string.Concat(Enumerable.Repeat("\u0301", 200)),
        ["right-to-left"] = "\u202Egpj.exe\u202C عربي עברית",
        ["emoji"] = "Visite 👩‍🏭🏭🔧 ✨ 🇫🇷",
        ["lone-surrogate"] = "a\uD800b",
        ["zero-width"] = "\u200B\u200C\u200D\uFEFF",
        ["long-1mb"] = new string('a', 1_000_000),
        ["long-unicode"] = string.Concat(Enumerable.Repeat("é🏭", 20_000)),
        ["csv-formula"] = "=HYPERLINK(\"http://evil.test\";\"clic\")",
        ["path"] = "../../../../etc/passwd",
        ["number-huge"] = "99999999999999999999999999",
        ["number-negative"] = "-1",
        ["date-impossible"] = "2026-13-45",
        ["date-french"] = "31/02/2026",
        ["coordinates-out"] = "999,-999",
        ["coordinates-text"] = "abc,def",
        ["insee-wrong"] = "2Z999",
        ["siret-wrong"] = "12345678901234",
        ["blank"] = "   ",
    };

    /// <summary>Where each payload goes: query strings of pages and API, JSON registration fields, and forms.</summary>
    public static readonly string[] Targets =
    [
        "api-q", "api-from", "api-near", "api-department", "api-commune", "page-q", "communes",
        "registration-api-name", "registration-api-email", "registration-form-name", "event-title", "event-description",
        "organisation-siret", "sign-in-email",
    ];

    private static readonly HashSet<string> Writing = ["registration-api-name", "registration-api-email", "registration-form-name", "event-title", "event-description", "organisation-siret"];

    public static TheoryData<DatabaseProvider, string, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var target in Targets)
            foreach (var payload in Payloads.Keys)
            {
                data.Add(DatabaseProvider.Sqlite, target, payload);
                // PostgreSQL refuses some characters SQLite stores (the null character): every writing target on both.
                if (Writing.Contains(target)) data.Add(DatabaseProvider.Postgres, target, payload);
            }
        return data;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task AHostilePayloadGetsAClearAnswerNeverA5xxAndIsStoredExactlyOrNotAtAll(DatabaseProvider provider, string target, string payloadName)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var payload = Payloads[payloadName];
        var email = $"{Guid.NewGuid():N}@hostile.test"; // the registrant's, when the payload goes elsewhere
        var response = await SendAsync(app, target, payload, email);

        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{target} with {payloadName}: {status}\n{Short(await response.Content.ReadAsStringAsync())}");
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "text/html" && payload.Contains('<'))
            Assert.DoesNotContain(payload.Length > 200 ? payload[..200] : payload, body);
        if (status == 400 && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            using var problem = JsonDocument.Parse(body);
            Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
        }
        await AssertStoredExactlyAsync(app, target, payload, email, response);
    }

    private static async Task<HttpResponseMessage> SendAsync(RegistrationsApp app, string target, string payload, string email)
    {
        var value = Uri.EscapeDataString(payload.Length > 4000 ? payload[..4000] : payload); // a URL keeps a few kilobytes
        var anonymous = app.App.CreateClient(new() { AllowAutoRedirect = false });
        switch (target)
        {
            case "api-q": return await anonymous.GetAsync($"/api/v1/events?q={value}");
            case "api-from": return await anonymous.GetAsync($"/api/v1/events?from={value}");
            case "api-near": return await anonymous.GetAsync($"/api/v1/events?near={value}&radiusKm=20");
            case "api-department": return await anonymous.GetAsync($"/api/v1/events?department={value}");
            case "api-commune": return await anonymous.GetAsync($"/api/v1/events?commune={value}");
            case "page-q": return await anonymous.GetAsync($"/evenements?q={value}&place={value}");
            case "communes": return await anonymous.GetAsync($"/api/v1/communes?q={value}");
            case "registration-api-name":
                return await RegisterAsync(anonymous, await app.NewSessionAsync(), new { kind = "individual", name = payload, email, places = 1 });
            case "registration-api-email":
                return await RegisterAsync(anonymous, await app.NewSessionAsync(), new { kind = "individual", name = "Hostile Test", email = payload, places = 1 });
            case "registration-form-name":
                return await anonymous.SubmitAsync($"/inscriptions/creneau/{await app.NewSessionAsync()}",
                    [("Input.Kind", "Individual"), ("Input.Name", payload), ("Input.Email", email), ("Input.Places", "1")],
                    "#formulaire-inscription");
            case "event-title":
            case "event-description":
                var organiser = await app.ClientAsync(People.Organiser);
                return await organiser.SaveEventAsync(null, [(target == "event-title" ? "Input.Title" : "Input.Description", payload)]);
            case "organisation-siret":
                return await (await app.ClientAsync(People.Organiser)).SubmitAsync("/organisateur/structures/nouvelle",
                    [("Input.Name", $"Atelier {Guid.NewGuid():N}"[..20]), ("Input.Siret", payload)]);
            case "sign-in-email":
                return await anonymous.SubmitAsync("/compte/connexion", [("Input.Email", payload), ("Input.Password", "n’importe quoi")]);
            default: throw new ArgumentOutOfRangeException(nameof(target));
        }
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, int session, object body) =>
        client.PostAsync($"/api/v1/sessions/{session}/registrations", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

    /// <summary>What a 201 or a saved form stored is the text sent, character for character (trimmed where the form trims).</summary>
    private static async Task AssertStoredExactlyAsync(RegistrationsApp app, string target, string payload, string email, HttpResponseMessage response)
    {
        // Half of a UTF-16 pair is no character: a form travels as UTF-8 and leaves the client as U+FFFD, and the JSON
        // reader reads an escaped one as U+FFFD too. What was sent is that text.
        var sent = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(payload)).Trim();
        if (target == "registration-api-name" && response.StatusCode == HttpStatusCode.Created)
            Assert.Equal(sent, await app.App.WithDbAsync(db => db.Registrations.Where(r => r.Email == email).Select(r => r.Name).SingleAsync()));
        if (target == "event-title" && response.StatusCode == HttpStatusCode.Redirect)
        {
            var id = int.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[3]);
            Assert.Equal(sent, await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync()));
        }
    }

    private static string Short(string text) => text.Length > 400 ? text[..400] : text;

    /// <summary>Bodies that are not what the endpoint reads: broken JSON, wrong types, wrong content types, huge bodies.</summary>
    public static TheoryData<string, string, string> Bodies => new()
    {
        { "broken-json", "application/json", "{\"kind\":\"individual\",\"name\":" },
        { "array", "application/json", "[1,2,3]" },
        { "null", "application/json", "null" },
        { "string", "application/json", "\"inscription\"" },
        { "places-text", "application/json", "{\"kind\":\"individual\",\"name\":\"A\",\"email\":\"a@b.fr\",\"places\":\"deux\"}" },
        { "places-float", "application/json", "{\"kind\":\"individual\",\"name\":\"A\",\"email\":\"a@b.fr\",\"places\":1.5}" },
        { "places-overflow", "application/json", "{\"kind\":\"individual\",\"name\":\"A\",\"email\":\"a@b.fr\",\"places\":1e309}" },
        { "places-zero", "application/json", "{\"kind\":\"individual\",\"name\":\"A\",\"email\":\"zero@b.fr\",\"places\":0}" },
        { "places-negative", "application/json", "{\"kind\":\"individual\",\"name\":\"A\",\"email\":\"neg@b.fr\",\"places\":-5}" },
        { "pupils-huge", "application/json", "{\"kind\":\"group\",\"establishment\":\"Lycée\",\"level\":\"2de\",\"pupils\":2147483647,\"adults\":2147483647,\"name\":\"A\",\"email\":\"huge@b.fr\"}" },
        { "kind-number", "application/json", "{\"kind\":12,\"name\":\"A\",\"email\":\"a@b.fr\",\"places\":1}" },
        { "lone-surrogate-escape", "application/json", "{\"kind\":\"individual\",\"name\":\"\\ud800\",\"email\":\"surrogate@b.fr\",\"places\":1}" },
        { "deep-nesting", "application/json", string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000) },
        { "text-plain", "text/plain", "{\"kind\":\"individual\",\"name\":\"A\",\"email\":\"plain@b.fr\",\"places\":1}" },
        { "form-encoded", "application/x-www-form-urlencoded", "kind=individual&name=A&email=form%40b.fr&places=1" },
        { "xml", "application/xml", "<registration><kind>individual</kind></registration>" },
        { "empty", "application/json", "" },
        { "huge-body", "application/json", "{\"kind\":\"individual\",\"name\":\"" + new string('x', 3_000_000) + "\",\"email\":\"big@b.fr\",\"places\":1}" },
    };

    [Theory, MemberData(nameof(Bodies))]
    public async Task ABodyTheRegistrationApiCannotReadGetsA4xxNamingWhatIsWrong(string name, string contentType, string body)
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync();
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);

        var response = await app.App.CreateClient().PostAsync($"/api/v1/sessions/{session}/registrations", content);

        var status = (int)response.StatusCode;
        Assert.True(status is >= 400 and < 500, $"{name}: {status} {Short(await response.Content.ReadAsStringAsync())}");
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.PlacesTaken).SingleAsync()));
    }
}
