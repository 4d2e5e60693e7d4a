using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Tests.Api;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Infrastructure.Database;
using static SemaineIndustrie.Tests.Registrations.FormTests;

namespace SemaineIndustrie.Tests.Registrations;

/// <summary>
/// What a registration refreshes among the public pages (ADR 0023): the places left where they are shown, and the lists
/// and the map only when a session fills up or has places again. An application of its own, so that no other test's
/// registration evicts the pages these tests expect to stay cached.
/// </summary>
public class PublicPagesTests
{
    public static TheoryData<DatabaseProvider> Providers => RegistrationsApp.Providers;

    /// <summary>A labelled event of Cahors, on the map, with one session on the platform.</summary>
    private static async Task<(int Session, int Event)> NewEventAsync(RegistrationsApp app, string title, int capacity)
    {
        var session = await app.NewSessionAsync(capacity, title: title, @event: e => (e.Latitude, e.Longitude) = (44.4475, 1.4419));
        return (session, await app.App.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).Select(s => s.EventId).SingleAsync()));
    }

    /// <summary>The page's text, its ETag, and its age when the output cache served it.</summary>
    private static async Task<(string Body, EntityTagHeaderValue? ETag, TimeSpan? Age)> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag, response.Headers.Age);
    }

    private static int PlacesLeft(JsonElement apiEvent) =>
        Assert.Single(apiEvent.GetProperty("sessions").EnumerateArray()).GetProperty("placesLeft").GetInt32();

    private static Task<HttpResponseMessage> TakeAsync(HttpClient client, int session, string email, int places) =>
        ApiTests.PostAsync(client, session, new { kind = "individual", name = "Inès Martin", email, places });

    [Theory, MemberData(nameof(Providers))]
    public async Task PlacesTakenRefreshTheEventPageAndTheApiWhileTheListsAndTheMapStayInTheCache(DatabaseProvider provider)
    {
        await using var app = await RegistrationsApp.StartAsync(provider);
        var (session, eventId) = await NewEventAsync(app, "Atelier quercynium ouvert aux familles", capacity: 30);
        var client = await app.ClientAsync();
        var maps = app.App.Services.GetRequiredService<MapDataCache>();
        const string list = "/evenements?q=quercynium", open = "/evenements?q=quercynium&registrationOpen=true";
        const string map = "/api/v1/events.map.geojson?q=quercynium";

        Assert.Contains("30 places restantes", (await PageAsync(client, $"/evenements/{eventId}")).Body);
        var listBefore = await PageAsync(client, list);
        var openBefore = await PageAsync(client, open);
        Assert.Contains("Atelier quercynium ouvert aux familles", openBefore.Body);
        Assert.Equal([eventId], MapDataTests.Ids((await MapDataTests.GetAsync(client, map)).Collection));
        var builds = maps.Builds;

        Assert.Equal(HttpStatusCode.Created, (await TakeAsync(client, session, "ines@pages.test", 2)).StatusCode);

        Assert.Contains("28 places restantes", (await PageAsync(client, $"/evenements/{eventId}")).Body);
        Assert.Equal(28, PlacesLeft(await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{eventId}")));
        var apiList = await client.GetFromJsonAsync<JsonElement>("/api/v1/events?q=quercynium");
        Assert.Equal(28, PlacesLeft(Assert.Single(apiList.GetProperty("items").EnumerateArray())));
        // The lists are served as they were kept (the output cache gives their age): had they been built again, their
        // ETag would carry the new places.
        foreach (var (url, before) in new[] { (list, listBefore), (open, openBefore) })
        {
            var after = await PageAsync(client, url);
            Assert.NotNull(after.Age);
            Assert.Equal(before.ETag, after.ETag);
        }
        Assert.Equal([eventId], MapDataTests.Ids((await MapDataTests.GetAsync(client, map)).Collection));
        Assert.Equal(builds, maps.Builds);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheLastPlaceTakesTheEventOutOfRegistrationOpenAndACancellationBringsItBack(DatabaseProvider provider)
    {
        await using var app = await RegistrationsApp.StartAsync(provider);
        var (session, eventId) = await NewEventAsync(app, "Atelier causseline pour les collégiens", capacity: 2);
        var client = await app.ClientAsync();
        const string open = "/evenements?q=causseline&registrationOpen=true", map = "/api/v1/events.map.geojson?q=causseline&registrationOpen=true";
        Assert.Contains("Atelier causseline pour les collégiens", (await PageAsync(client, open)).Body);
        Assert.Equal([eventId], MapDataTests.Ids((await MapDataTests.GetAsync(client, map)).Collection));

        await RegisterAsync(client, session, "", Person("full@pages.test", "2"));

        Assert.DoesNotContain("Atelier causseline pour les collégiens", (await PageAsync(client, open)).Body);
        Assert.Empty(MapDataTests.Ids((await MapDataTests.GetAsync(client, map)).Collection));
        Assert.Contains("complet", (await PageAsync(client, $"/evenements/{eventId}")).Body);

        var link = app.Mail.Last("full@pages.test").Link("/inscriptions/");
        var cancelled = await client.SubmitAsync(link + "?annuler=1", formSelector: "#confirmer-annulation form");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        Assert.Contains("Atelier causseline pour les collégiens", (await PageAsync(client, open)).Body);
        Assert.Equal([eventId], MapDataTests.Ids((await MapDataTests.GetAsync(client, map)).Collection));
        Assert.Contains("2 places restantes", (await PageAsync(client, $"/evenements/{eventId}")).Body);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnOrganiserClosingRegistrationsTakesTheEventOutOfRegistrationOpenUntilReopened(DatabaseProvider provider)
    {
        await using var app = await RegistrationsApp.StartAsync(provider);
        var (session, eventId) = await NewEventAsync(app, "Atelier lotoiserie de démonstration", capacity: 10);
        var visitor = await app.ClientAsync();
        var organiser = await app.ClientAsync(People.Organiser);
        const string open = "/evenements?q=lotoiserie&registrationOpen=true", map = "/api/v1/events.map.geojson?q=lotoiserie&registrationOpen=true";
        Assert.Contains("Atelier lotoiserie de démonstration", (await PageAsync(visitor, open)).Body);

        var closed = await organiser.SubmitAsync($"/inscriptions/gestion/creneau/{session}", formSelector: "#cloture");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        Assert.DoesNotContain("Atelier lotoiserie de démonstration", (await PageAsync(visitor, open)).Body);
        Assert.Empty(MapDataTests.Ids((await MapDataTests.GetAsync(visitor, map)).Collection));
        Assert.Contains("Atelier lotoiserie de démonstration", (await PageAsync(visitor, "/evenements?q=lotoiserie")).Body);

        var reopened = await organiser.SubmitAsync($"/inscriptions/gestion/creneau/{session}", formSelector: "#cloture");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);

        Assert.Contains("Atelier lotoiserie de démonstration", (await PageAsync(visitor, open)).Body);
        Assert.Equal([eventId], MapDataTests.Ids((await MapDataTests.GetAsync(visitor, map)).Collection));
    }
}
