using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Tests.Api;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>Partners' sites register people and classes with JSON.</summary>
public class ApiTests
{
    public static TheoryData<DatabaseProvider> Providers => RegistrationsApp.Providers;

    internal static Task<HttpResponseMessage> PostAsync(HttpClient client, int sessionId, object body) =>
        client.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/registrations", body);

    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory, MemberData(nameof(Providers))]
    public async Task APartnerRegistersAPersonThenAClassAndTheNextOneWaits(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var session = await app.NewSessionAsync(capacity: 28);
        var client = app.App.CreateClient();

        var person = await PostAsync(client, session, new { kind = "individual", name = "Yanis Benali", email = "yanis@api.test", places = 2 });
        var group = await PostAsync(client, session, new
        {
            kind = "group", establishment = "Lycée Champollion", level = "1re STI2D", pupils = 24, adults = 2, name = "M. Roux", email = "roux@api.test",
        });
        var late = await PostAsync(client, session, new { kind = "individual", name = "Léa Petit", email = "lea@api.test", places = 1 });

        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        var created = await JsonAsync(person);
        Assert.Equal("confirmed", created.GetProperty("status").GetString());
        Assert.False(created.TryGetProperty("waitlistPosition", out _));
        Assert.Equal(2, created.GetProperty("places").GetInt32());
        Assert.Equal(created.GetProperty("manageUrl").GetString(), person.Headers.Location!.OriginalString);
        Assert.Equal(new Uri(created.GetProperty("manageUrl").GetString()!).PathAndQuery, app.Mail.Last("yanis@api.test").Link("/inscriptions/"));

        Assert.Equal(HttpStatusCode.Created, group.StatusCode);
        Assert.Equal(("confirmed", 26), ((await JsonAsync(group)).GetProperty("status").GetString(), (await JsonAsync(group)).GetProperty("places").GetInt32()));
        var waiting = await JsonAsync(late);
        Assert.Equal(("waitlisted", 1), (waiting.GetProperty("status").GetString(), waiting.GetProperty("waitlistPosition").GetInt32()));
        Assert.Equal(28, await FormTests.PlacesTakenAsync(app, session));
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { """{"kind":"individual","name":"A","email":"a@api.test","places":0}""", "places", "Réservez au moins une place." },
        { """{"kind":"individual","name":"A","email":"a@api.test","places":-1}""", "places", "Réservez au moins une place." },
        { """{"kind":"individual","name":"A","email":"a@api.test","places":11}""", "places", "Une inscription compte au plus 10 places pour ce créneau." },
        { """{"kind":"individual","name":"A","email":"a@api.test"}""", "places", "Indiquez le nombre de places." },
        { """{"kind":"individual","name":"A","email":"a@","places":1}""", "email", "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr)." },
        { """{"kind":"individual","name":"A","email":"a","places":1}""", "email", "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr)." },
        { """{"kind":"team","name":"A","email":"a@api.test","places":1}""", "kind", "Indiquez « individual » (une personne) ou « group » (un groupe, une classe)." },
        { """{"kind":"individual","name":"A","email":"a@api.test","places":"deux"}""", "places", "Cette valeur n’a pas le type attendu (un nombre entier ou un texte)." },
        { """{"kind":"group","establishment":"Collège","pupils":40,"adults":2,"name":"B","email":"b@api.test"}""", "pupils", "Le groupe compte 42 personnes : ce créneau en accueille 30 au plus." },
        { """{"kind":"group","establishment":"Collège","pupils":-5,"name":"B","email":"b@api.test"}""", "pupils", "Le nombre d’élèves ne peut pas être négatif." },
        { """{"kind":"group","establishment":"Collège","uai":"123","pupils":5,"name":"B","email":"b@api.test"}""", "uai", "Le code UAI n’est pas valide" },
        { "pas du json", "body", "Le corps de la requête n’est pas un objet JSON lisible." },
    };

    [Theory, MemberData(nameof(BadBodies))]
    public async Task BadInputGets400WithTheFieldNamedInFrenchAndChangesNothing(string body, string field, string message)
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync(capacity: 30);
        var client = app.App.CreateClient();

        var response = await client.PostAsync($"/api/v1/sessions/{session}/registrations", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.StartsWith(message, errors.GetProperty(field)[0].GetString());
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Registrations.CountAsync(r => r.SessionId == session)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RefusalsHaveTheirOwnStatusAndAFrenchDetail(DatabaseProvider provider)
    {
        var app = await RegistrationsApp.GetAsync(provider);
        var open = await app.NewSessionAsync();
        var past = await app.NewSessionAsync(startsIn: TimeSpan.FromHours(-3));
        var closed = await app.NewSessionAsync(session: s => s.RegistrationsClosed = true);
        var cancelled = await app.NewSessionAsync(@event: e => e.Status = EventStatus.Cancelled);
        var client = app.App.CreateClient();
        object Body(string email) => new { kind = "individual", name = "Zoé", email, places = 1 };
        await PostAsync(client, open, Body("zoe@api.test"));

        var twice = await PostAsync(client, open, Body("ZOE@api.test"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.StartsWith("Cette adresse électronique est déjà inscrite", (await JsonAsync(twice)).GetProperty("detail").GetString());
        foreach (var (session, detail) in new[] { (past, "Ce créneau est passé"), (closed, "Les inscriptions à ce créneau sont closes"), (cancelled, "Cet événement est annulé") })
        {
            var refused = await PostAsync(client, session, Body("zoe@api.test"));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.StartsWith(detail, (await JsonAsync(refused)).GetProperty("detail").GetString());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, 999_999, Body("zoe@api.test"))).StatusCode);
        Assert.Equal(1, await app.App.WithDbAsync(db => db.Registrations.CountAsync(r => new[] { open, past, closed, cancelled }.Contains(r.SessionId))));
    }

    [Fact]
    public async Task ThePartnersEndpointIsDocumentedWithItsBodyAndEveryOutcome()
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var document = await app.App.CreateClient().GetJsonAsync("/openapi/v1.json");

        var post = document.GetProperty("paths").GetProperty("/api/v1/sessions/{sessionId}/registrations").GetProperty("post");
        Assert.Equal("Inscrire une personne ou un groupe à une séance", post.GetProperty("summary").GetString());
        var responses = post.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order().ToList();
        Assert.Equal(["201", "400", "404", "409", "422", "429"], responses);
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.Contains("sites partenaires", document.GetProperty("info").GetProperty("description").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var body = schemas.GetProperty("RegistrationBody").GetProperty("properties");
        Assert.Equal(["adults", "email", "establishment", "kind", "level", "name", "phone", "places", "pupils", "uai"],
            body.EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("individual", body.GetProperty("kind").GetProperty("description").GetString());
    }

    [Fact]
    public async Task APartnersPageMayPostFromTheBrowser()
    {
        var app = await RegistrationsApp.GetAsync(DatabaseProvider.Sqlite);
        var session = await app.NewSessionAsync();
        var request = new HttpRequestMessage(HttpMethod.Options, $"/api/v1/sessions/{session}/registrations");
        request.Headers.Add("Origin", "https://www.lot.gouv.fr");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        var response = await app.App.CreateClient().SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }
}
