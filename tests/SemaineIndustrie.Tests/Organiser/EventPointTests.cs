using System.Net;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Organiser;

public class EventPointTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private static Task<HttpResponseMessage> SaveAsync(HttpClient client, int id, params (string, string)[] fields) =>
        client.SaveEventAsync(id, fields);

    private static Task<(double?, double?)> PointAsync(AccountsApp app, int id) =>
        app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => new ValueTuple<double?, double?>(e.Latitude, e.Longitude)).SingleAsync());

    private static Task<(double?, double?)> CommunePointAsync(AccountsApp app, string code) =>
        app.App.WithDbAsync(db => db.Communes.Where(c => c.InseeCode == code).Select(c => new ValueTuple<double?, double?>(c.Latitude, c.Longitude)).SingleAsync());

    [Theory, MemberData(nameof(Providers))]
    public async Task TheOrganiserMovesThePinNearTheCommuneButNotThirtyKilometresAway(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var organiser = await app.ClientAsync(People.Organiser);
        var id = await EventFormTests.CreateAsync(organiser, EventFormTests.CompleteLotEvent("Visite au bord du Lot"));
        var cahors = await CommunePointAsync(app, "46042");
        Assert.Equal(cahors, await PointAsync(app, id));
        var form = await organiser.GetDocumentAsync($"/organisateur/evenements/{id}");
        Assert.Equal(cahors.Item1!.Value.ToString("0.######", new System.Globalization.CultureInfo("fr-FR")), form.QuerySelector("#Input_Latitude")!.GetAttribute("value"));

        var moved = await SaveAsync(organiser, id, ("Input.Latitude", "44,4601"), ("Input.Longitude", "1.4502"), ("Input.PointMoved", "true"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal((44.4601, 1.4502), await PointAsync(app, id));

        var far = await SaveAsync(organiser, id, ("Input.Latitude", "44,6086"), ("Input.Longitude", "2,0317"), ("Input.PointMoved", "true"),
            ("Input.Title", "Visite au bord du Célé"));
        Assert.Equal(HttpStatusCode.OK, far.StatusCode);
        Assert.Contains(await far.FieldErrorsAsync(), e => e.StartsWith("Le point est à 5") && e.Contains("km de Cahors : placez-le à moins de 30 km de la commune"));
        var kept = await far.ReadDocumentAsync();
        Assert.Equal(("Visite au bord du Célé", "44,6086"), (kept.QuerySelector("#Input_Title")!.GetAttribute("value"), kept.QuerySelector("#Input_Latitude")!.GetAttribute("value")));
        Assert.Equal((44.4601, 1.4502), await PointAsync(app, id));

        var unreadable = await SaveAsync(organiser, id, ("Input.Latitude", "nord"), ("Input.PointMoved", "true"));
        Assert.Contains("Indiquez la latitude et la longitude en degrés décimaux, par exemple 44,4475 et 1,4419.", await unreadable.FieldErrorsAsync());

        // Another commune, the pin left alone: the point follows the commune.
        await SaveAsync(organiser, id, ("Input.Commune", "Figeac (46100)"));
        Assert.Equal(await CommunePointAsync(app, "46102"), await PointAsync(app, id));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheAddressServicePlacesTheAddressAndTheCommuneStandsInWhenItDoesNotAnswer(DatabaseProvider provider)
    {
        var asked = new ConcurrentQueue<string>();
        var service = WebApplication.CreateSlimBuilder();
        service.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = service.Build();
        fake.MapGet("/search/", (HttpRequest r) =>
        {
            asked.Enqueue(r.QueryString.Value!);
            // A « rue de Paris » the service would wrongly place in Paris is not believed: too far from the commune.
            double[] point = r.Query["q"].ToString().Contains("Paris") ? [2.3522, 48.8566] : [1.4405, 44.4490];
            return Results.Json(new { type = "FeatureCollection", features = new[] { new { type = "Feature", geometry = new { type = "Point", coordinates = point } } } });
        });
        await fake.StartAsync();
        var baseUrl = fake.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        await using var app = await AccountsApp.StartAsync(provider, new Dictionary<string, string?> { ["Site:AddressService:BaseUrl"] = baseUrl });
        var organiser = await app.ClientAsync(People.Organiser);
        var id = await EventFormTests.CreateAsync(organiser, [.. EventFormTests.CompleteLotEvent("Atelier rue Wilson"), ("Input.Address", "12 rue Wilson")]);
        Assert.Equal((44.4490, 1.4405), await PointAsync(app, id));
        Assert.Contains(asked, q => q.Contains("q=12%20rue%20Wilson") && q.Contains("citycode=46042"));
        Assert.Contains("ou sur l’adresse quand le service national des adresses la trouve", await organiser.GetStringAsync($"/organisateur/evenements/{id}"));

        await SaveAsync(organiser, id, ("Input.Address", "3 rue de Paris"));
        var cahors = await CommunePointAsync(app, "46042");
        Assert.Equal(cahors, await PointAsync(app, id));

        await SaveAsync(organiser, id, ("Input.Address", "12 rue Wilson"));
        Assert.Equal((44.4490, 1.4405), await PointAsync(app, id));
        await fake.DisposeAsync(); // the service no longer answers
        var saved = await SaveAsync(organiser, id, ("Input.Address", "14 rue Wilson"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(cahors, await PointAsync(app, id));
    }
}
