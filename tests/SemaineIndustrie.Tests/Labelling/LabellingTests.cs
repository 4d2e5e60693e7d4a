using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Tests.Organiser;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Labelling;

public class LabellingTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private static Task<HttpResponseMessage> SubmitEventAsync(HttpClient client, int id, params (string, string)[] fields) =>
        client.SaveEventAsync(id, fields, Forms.SubmitEventButton);

    [Theory, MemberData(nameof(Providers))]
    public async Task ChangesRequestedThenResubmittedThenLabelledAppearsInThePublicListWithItsHistory(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var organiser = await app.ClientAsync(People.Organiser);
        var id = await EventFormTests.CreateAsync(organiser, EventFormTests.CompleteLotEvent("Usinage ouvert au public"), Forms.SubmitEventButton);
        var reviewer = await app.ClientAsync(People.LotReviewer);

        var queue = await reviewer.GetDocumentAsync("/comite");
        Assert.NotNull(queue.QuerySelector($"#file tr[data-event-id='{id}']"));
        var asked = await reviewer.SubmitAsync($"/comite/evenements/{id}", [("message", "Précisez l’âge minimum des visiteurs.")], "#demander-modifications");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var mail = app.Mail.Last(People.Organiser);
        Assert.Equal("Modifications demandées : Usinage ouvert au public", mail.Subject);
        Assert.Contains("« Précisez l’âge minimum des visiteurs. »", mail.Body);

        Assert.Contains("Précisez l’âge minimum des visiteurs.", await organiser.GetStringAsync($"/organisateur/evenements/{id}"));
        var resubmitted = await SubmitEventAsync(organiser, id, ("Input.Description", "Visite dès 12 ans."));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.StartsWith("Nouvelle soumission", app.Mail.Last(People.LotReviewer).Subject);

        var labelled = await reviewer.SubmitAsync($"/comite/evenements/{id}", [("audiences", "true"), ("industry", "true")], "#labelliser");
        Assert.Equal(HttpStatusCode.Redirect, labelled.StatusCode);
        Assert.Equal("Événement labellisé : Usinage ouvert au public", app.Mail.Last(People.Organiser).Subject);

        var anonymous = await app.ClientAsync(People.Anonymous);
        Assert.Contains("Usinage ouvert au public", (await anonymous.GetDocumentAsync("/departements/46")).CardTitles());
        Assert.Contains("Usinage ouvert au public", await anonymous.GetStringAsync($"/evenements/{id}"));
        var history = await app.App.WithDbAsync(db => db.Decisions.Where(d => d.EventId == id).OrderBy(d => d.Id).Select(d => d.Kind).ToListAsync());
        Assert.Equal([DecisionKind.Submitted, DecisionKind.ChangesRequested, DecisionKind.Resubmitted, DecisionKind.Labelled], history);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ASubstantialEditSendsALabelledEventBackToReviewButAContactChangeDoesNot(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var organiser = await app.ClientAsync(People.Organiser);
        var id = await EventFormTests.CreateAsync(organiser, EventFormTests.CompleteLotEvent("Portes ouvertes"), Forms.SubmitEventButton);
        var reviewer = await app.ClientAsync(People.LotReviewer);
        await reviewer.SubmitAsync("/comite", [("ids", id.ToString())], "form[action*='handler=Label']");
        Task<EventStatus> Status() => app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync());
        Assert.Equal(EventStatus.Labelled, await Status());

        await organiser.SaveEventAsync(id, [("Input.ContactPhone", "05 65 00 00 00"), ("Input.Sessions[0].Capacity", "40")]);
        Assert.Equal(EventStatus.Labelled, await Status());

        await organiser.SaveEventAsync(id, [("Input.Title", "Portes ouvertes et démonstrations")]);
        Assert.Equal(EventStatus.Submitted, await Status());
        Assert.DoesNotContain("Portes ouvertes et démonstrations", (await (await app.ClientAsync(People.Anonymous)).GetDocumentAsync("/departements/46")).CardTitles());
    }

    [Fact]
    public async Task ARefusalNeedsAReasonAndAGersReviewerCannotDecideInTheLot()
    {
        await using var app = await AccountsApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await app.App.WithDbAsync(db => db.Events.Where(e => e.Title == KnownCatalogue.LotSubmitted).Select(e => e.Id).SingleAsync());
        var gers = await app.ClientAsync(People.GersReviewer);
        Assert.Equal(HttpStatusCode.NotFound, (await gers.GetAsync($"/comite/evenements/{id}")).StatusCode);
        var lot = await app.ClientAsync(People.LotReviewer);
        var page = (await lot.GetAsync($"/comite/evenements/{id}"));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await page.ReadDocumentAsync()).QuerySelector("#refuser")!;
        // The Gers reviewer replays the Lot reviewer's form with its own session: refused as if the event did not exist.
        var gersForm = (AngleSharp.Html.Dom.IHtmlFormElement)(await (await gers.GetAsync("/comite")).ReadDocumentAsync()).QuerySelector("form[action*='handler=Label']")!;
        var token = Forms.CurrentValues(gersForm).Where(v => v.Name == "__RequestVerificationToken");
        var forged = await gers.PostFormAsync(Forms.ActionOf(form, ""), token, [("message", "Non.")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);

        var noReason = await lot.SubmitAsync($"/comite/evenements/{id}", [("message", " ")], "#refuser");
        Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        Assert.Equal(EventStatus.Submitted, await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
        await lot.SubmitAsync($"/comite/evenements/{id}", [("message", "Événement payant.")], "#refuser");
        Assert.Equal(EventStatus.Refused, await app.App.WithDbAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Status).SingleAsync()));
    }
}
