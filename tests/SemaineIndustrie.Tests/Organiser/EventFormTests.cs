using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Organiser;

public class EventFormTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    /// <summary>A complete event in the Lot, in the 2026 window.</summary>
    public static (string, string)[] CompleteLotEvent(string title) =>
    [
        ("Input.Title", title), ("Input.Summary", "Découvrir la fonderie et ses métiers."),
        ("Input.Description", "Premier paragraphe.\n\nSecond paragraphe."), ("Input.KindCode", "visite-entreprise"),
        ("Input.Audiences", "collegiens"), ("Input.IsFree", "true"), ("Input.Commune", "Cahors (46000)"),
        ("Input.Sessions[0].Day", "2026-11-25"), ("Input.Sessions[0].Start", "09:00"), ("Input.Sessions[0].End", "11:30"),
        ("Input.Sessions[0].Capacity", "25"), ("Input.Registration", "Platform"),
        ("Input.ContactName", "Odile"), ("Input.ContactEmail", "contact@fonderie.test"), ("Input.ContactPhone", "05 65 12 34 56"),
    ];

    public static async Task<int> CreateAsync(HttpClient client, (string, string)[] fields, string button = Forms.SaveEventButton)
    {
        var response = await client.SaveEventAsync(null, fields, button);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnOrganiserSavesADraftThenSubmitsItToTheLotsCommittee(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var client = await app.ClientAsync(People.Organiser);

        var id = await CreateAsync(client, [("Input.Title", "Brouillon de visite")]);
        Assert.Equal(EventStatus.Draft, await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));

        var submitted = await client.SaveEventAsync(id, CompleteLotEvent("Visite de la fonderie de Cahors"), Forms.SubmitEventButton);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var e = await app.App.WithDbAsync(db => db.Events.Include(x => x.Sessions).Include(x => x.Decisions).SingleAsync(x => x.Id == id));
        Assert.Equal(EventStatus.Submitted, e.Status);
        Assert.Equal("46", e.DepartmentCode);
        Assert.Equal("46042", e.CommuneCode);
        Assert.Equal(new DateTime(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc), e.Sessions.Single().StartsAtUtc); // 9:00 in Paris
        Assert.Equal(25, e.Sessions.Single().Capacity);
        Assert.Equal(DecisionKind.Submitted, e.Decisions.Single().Kind);
        Assert.NotNull(e.ReviewDueOn);

        var mail = app.Mail.Last(People.LotReviewer);
        Assert.Equal("Nouvelle soumission : Visite de la fonderie de Cahors", mail.Subject);
        Assert.Empty(app.Mail.To(People.GersReviewer));
        var page = await client.GetStringAsync($"/organisateur/evenements/{id}");
        Assert.Contains("en attente de labellisation", page);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task BadInputIsRefusedWithAFrenchMessageNextToEachFieldAndNothingTypedIsLost(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var client = await app.ClientAsync(People.Organiser);
        var fields = CompleteLotEvent(new string('A', 10_000)).Where(f => !f.Item1.StartsWith("Input.Sessions") && f.Item1 != "Input.ContactEmail").Concat([
            ("Input.Sessions[0].Day", "2027-03-01"), ("Input.Sessions[0].Start", "14:00"), ("Input.Sessions[0].End", "10:00"),
            ("Input.Sessions[0].Capacity", "25"), ("Input.ContactEmail", "pas une adresse")]).ToArray();
        var response = await client.SaveEventAsync(null, fields, Forms.SubmitEventButton);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await response.FieldErrorsAsync();
        Assert.Contains("Le titre ne doit pas dépasser 150 caractères (actuellement 10000).", errors);
        Assert.Contains("Créneau 1 : l’heure de fin doit être après l’heure de début.", errors);
        Assert.Contains(errors, e => e.StartsWith("Créneau 1 : la date doit être comprise entre le 8 novembre et le 14 décembre 2026"));
        Assert.Contains("L’adresse électronique n’est pas valide (exemple : nom@domaine.fr).", errors);
        var page = await response.ReadDocumentAsync();
        Assert.Equal("Cahors (46000)", page.QuerySelector("#Input_Commune")!.GetAttribute("value"));
        Assert.Equal("2027-03-01", page.QuerySelector("#Input_Sessions_0__Day")!.GetAttribute("value"));
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Events.CountAsync(e => e.Title.StartsWith("AAA"))));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScriptsInADescriptionAreRemovedAndTheTextKept(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var client = await app.ClientAsync(People.Organiser);
        var id = await CreateAsync(client, [("Input.Title", "Atelier"),
            ("Input.Description", "<p>Venez <b>nombreux</b>&nbsp;!</p><script>alert('x')</script><img src=x onerror=alert(1)>Fin.")]);
        var description = await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Description).SingleAsync());
        Assert.Equal("Venez nombreux\u00a0!\n\nFin.", description);
    }

    [Fact]
    public async Task AWrongSiretCheckDigitIsRefused()
    {
        await using var app = await AccountsApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.ClientAsync(People.Organiser);
        var response = await client.SubmitAsync("/organisateur/structures/nouvelle",
            [("Input.Name", "Usine de Figeac"), ("Input.Siret", "732 829 320 00075"), ("Input.Commune", "Figeac")]);
        Assert.Contains("Ce numéro SIRET n’est pas valide : vérifiez les 14 chiffres (le dernier est une clé de contrôle).", await response.FieldErrorsAsync());

        var accepted = await client.SubmitAsync("/organisateur/structures/nouvelle",
            [("Input.Name", "Usine de Figeac"), ("Input.Siret", "732 829 320 00074"), ("Input.Commune", "Figeac")]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task APastEventIsReconductedIntoTheOpenEditionOnTheSameWeekday(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var client = await app.ClientAsync(People.Organiser);
        var pastId = await app.App.WithDbAsync(db => db.Events.Where(e => e.Title == KnownCatalogue.Lot2021).Select(e => e.Id).SingleAsync());
        var list = await client.GetDocumentAsync("/organisateur");
        Assert.Contains(KnownCatalogue.Lot2021, list.QuerySelector("#mes-evenements")!.TextContent);

        var response = await client.SubmitAsync("/organisateur", formSelector: $"form[action*='Reconduire'][action*='id={pastId}']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var copy = await app.App.WithDbAsync(db => db.Events.Include(e => e.Sessions).Include(e => e.Edition)
            .SingleAsync(e => e.ReconductedFromId == pastId));
        Assert.Equal((2026, EventStatus.Draft, KnownCatalogue.Lot2021), (copy.Edition!.Year, copy.Status, copy.Title));
        Assert.Equal(DayOfWeek.Wednesday, copy.Sessions.Single().StartsAtUtc.DayOfWeek); // 24 Nov 2021 was a Wednesday
        Assert.Equal(new DateTime(2026, 11, 25), copy.Sessions.Single().StartsAtUtc.Date);
    }

    [Fact]
    public async Task AnotherOrganisationsMemberFindsNothingAtTheEventsAddress()
    {
        await using var app = await AccountsApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await CreateAsync(await app.ClientAsync(People.Organiser), [("Input.Title", "Privé")]);
        var other = await app.ClientAsync(People.OtherMember);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/organisateur/evenements/{id}")).StatusCode);
        var post = await other.SaveEventAsync(null, [("Input.Title", "Détournement")]);
        var form = (await (await other.GetAsync("/organisateur/evenements")).ReadDocumentAsync()).QuerySelector("#formulaire-evenement")!;
        Assert.NotNull(form);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode); // its own draft, in its own organisation
        var forged = await other.PostFormAsync($"/organisateur/evenements/{id}?handler=Save",
            Forms.CurrentValues((AngleSharp.Html.Dom.IHtmlFormElement)form), [("Input.Title", "Volé")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
    }
}
