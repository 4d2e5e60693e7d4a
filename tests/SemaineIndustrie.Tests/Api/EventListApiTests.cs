using System.Net;
using System.Text.Json;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;

namespace SemaineIndustrie.Tests.Api;

public class EventListApiTests
{
    public static TheoryData<DatabaseProvider> Providers => C.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AListPageSaysHowManyEventsAndPagesThereAre(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var first = await client.GetJsonAsync("/api/v1/events?department=31&pageSize=20");
        var last = await client.GetJsonAsync("/api/v1/events?department=31&pageSize=20&page=3");

        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(20, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(C.ToulouseWorkshops, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("totalPages").GetInt32());
        Assert.Equal(20, first.Ids().Count);
        Assert.Equal(C.ToulouseWorkshops - 40, last.Ids().Count);
        Assert.Empty(first.Ids().Intersect(last.Ids()));
        Assert.Empty(first.GetProperty("notices").EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnEventCarriesItsPlaceKindAndSessionsWithPlacesLeft(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var page = await client.GetJsonAsync("/api/v1/events?q=visite%20usine");
        var visit = Assert.Single(page.GetProperty("items").EnumerateArray());

        Assert.Equal(C.FactoryVisit, visit.GetProperty("title").GetString());
        Assert.Equal("visite-entreprise", visit.GetProperty("kind").GetProperty("code").GetString());
        Assert.Equal("Visite d'entreprise", visit.GetProperty("kind").GetProperty("label").GetString());
        Assert.Equal("CSF_MINES_METALLURGIE", visit.GetProperty("sectors")[0].GetProperty("code").GetString());
        Assert.Equal("collegiens", visit.GetProperty("audiences")[0].GetProperty("code").GetString());
        Assert.Equal("Conserverie du Causse", visit.GetProperty("organisation").GetString());
        Assert.Equal("""{"code":"46042","name":"Cahors","postalCode":"46000"}""", visit.GetProperty("commune").GetRawText());
        Assert.Equal("""{"code":"46","name":"Lot"}""", visit.GetProperty("department").GetRawText());
        Assert.Equal("""{"code":"76","name":"Occitanie"}""", visit.GetProperty("region").GetRawText());
        Assert.Equal(44.44681, visit.GetProperty("latitude").GetDouble(), 5);
        Assert.Equal(1.44111, visit.GetProperty("longitude").GetDouble(), 5);
        Assert.True(visit.GetProperty("featured").GetBoolean());
        Assert.True(visit.GetProperty("free").GetBoolean());
        Assert.Equal($"http://localhost:5080/evenements/{visit.GetProperty("id").GetInt32()}", visit.GetProperty("url").GetString());

        var sessions = visit.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(2, sessions.Count);
        Assert.True(sessions[0].GetProperty("id").GetInt32() > 0);
        Assert.Equal("2026-11-24T09:00:00+01:00", sessions[0].GetProperty("startsAt").GetString());
        Assert.Equal("2026-11-24T11:00:00+01:00", sessions[0].GetProperty("endsAt").GetString());
        Assert.Equal("platform", sessions[0].GetProperty("registration").GetString());
        Assert.Equal(30, sessions[0].GetProperty("capacity").GetInt32());
        Assert.Equal(18, sessions[0].GetProperty("placesLeft").GetInt32()); // 12 of 30 places taken
        Assert.Equal("none", sessions[1].GetProperty("registration").GetString());
        Assert.Equal(JsonValueKind.Null, sessions[1].GetProperty("placesLeft").ValueKind);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SessionTimesCarryTheOffsetOfTheEventsDepartment(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var page = await client.GetJsonAsync("/api/v1/events?department=971");
        var session = page.GetProperty("items")[0].GetProperty("sessions")[0];

        // 9:00 in Paris is 4:00 in Guadeloupe: the same instant, written in the place's own time.
        Assert.Equal("2026-11-24T04:00:00-04:00", session.GetProperty("startsAt").GetString());
        Assert.Equal("America/Guadeloupe", page.GetProperty("items")[0].GetProperty("timeZone").GetString());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnUnknownDepartmentIsIgnoredAndSaidSoInTheBodyAndTheHeader(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var response = await client.GetAsync("/api/v1/events?department=99&kind=job-dating");
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Le département « 99 » n’existe pas : ce filtre est ignoré.", Assert.Single(page.GetProperty("notices").EnumerateArray()).GetString());
        Assert.Equal(["Le département « 99 » n’existe pas : ce filtre est ignoré."], response.Notices());
        Assert.Equal(1, page.GetProperty("total").GetInt32()); // the kind still applies
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OneEventIsReadByItsNumberButNeverWhenItIsNotLabelled(DatabaseProvider provider)
    {
        var app = await C.GetAsync(provider);
        var client = app.CreateClient();
        var (labelled, submitted) = await app.WithDbAsync(async db => (
            db.Events.Single(e => e.Title == C.JobDating).Id, db.Events.Single(e => e.Title == C.Submitted).Id));

        var found = await client.GetJsonAsync($"/api/v1/events/{labelled}");
        var hidden = await client.GetAsync($"/api/v1/events/{submitted}");
        var missing = await client.GetAsync("/api/v1/events/987654");
        var hiddenCalendar = await client.GetAsync($"/api/v1/events/{submitted}.ics");

        Assert.Equal(C.JobDating, found.GetProperty("title").GetString());
        foreach (var (response, id) in new[] { (hidden, submitted), (missing, 987654), (hiddenCalendar, submitted) })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("Événement introuvable", problem.GetProperty("title").GetString());
            Assert.Equal($"Aucun événement labellisé ne porte le numéro {id}.", problem.GetProperty("detail").GetString());
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CommunesAreSuggestedWithTheirCodesAndDepartment(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var suggestions = await client.GetJsonAsync("/api/v1/communes?q=cahors");
        var none = await client.GetJsonAsync("/api/v1/communes?q=");
        var many = await client.GetJsonAsync("/api/v1/communes?q=saint");

        var cahors = suggestions[0];
        Assert.Equal("""{"code":"46042","name":"Cahors","postalCodes":["46000"],"department":{"code":"46","name":"Lot"},"label":"Cahors (46000)"}""",
            System.Text.Json.Nodes.JsonNode.Parse(cahors.GetRawText())!.AsObject() is var o && o.Remove("latitude") && o.Remove("longitude") ? o.ToJsonString() : "");
        // The commune's point, where the event form puts its pin: Cahors lies at about 44.45° N, 1.44° E.
        Assert.InRange(cahors.GetProperty("latitude").GetDouble(), 44.3, 44.6);
        Assert.InRange(cahors.GetProperty("longitude").GetDouble(), 1.3, 1.6);
        Assert.Equal(0, none.GetArrayLength());
        Assert.Equal(10, many.GetArrayLength());
    }
}
