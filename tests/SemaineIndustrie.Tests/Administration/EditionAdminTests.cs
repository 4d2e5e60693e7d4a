using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Administration;

public class EditionAdminTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AnAdministratorCreatesAnEditionInPreparationAndTheLogSaysWho(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);

        var created = await admin.SubmitAsync("/admin/editions/nouvelle", AdminApp.Edition2027, "#formulaire-edition");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var edition = await app.App.WithDbAsync(db => db.Editions.AsNoTracking().SingleAsync(e => e.Year == 2027));
        Assert.Equal(EditionStatus.Preparing, edition.Status);
        Assert.Equal((new DateOnly(2027, 3, 22), new DateOnly(2027, 3, 28)), (edition.WeekStart!.Value, edition.WeekEnd!.Value));
        Assert.Equal((15, 10, 200), (edition.ToleranceDaysBefore, edition.ToleranceDaysAfter, edition.PersonalDataRetentionDays));
        Assert.Equal(new DateOnly(2027, 3, 8), edition.SubmissionDeadline);
        Assert.Equal(["Mixité des métiers", "Industrie verte"], edition.SubThemes);
        Assert.Contains("L’édition 2027 est créée, en préparation.", (await admin.GetDocumentAsync("/admin/editions")).Notices());

        var entry = Assert.Single(await app.AuditAsync());
        Assert.Equal(("admin", "Edition", "2027", "a créé l’édition"), (entry.ActorName, entry.ObjectKind, entry.ObjectKey, entry.Action));

        // Not shown to the public while in preparation.
        var anonymous = await app.ClientAsync(People.Anonymous);
        Assert.DoesNotContain("2027", (await anonymous.GetDocumentAsync("/editions")).QuerySelector("tbody")!.TextContent);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheEditionFormExplainsEachMistakeInFrenchNextToItsFieldAndKeepsTheInput(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);

        var wrongDates = await admin.SubmitAsync("/admin/editions/nouvelle", AdminApp.Edition2027With(
            ("Input.WeekStart", "2027-03-28"), ("Input.WeekEnd", "2027-03-22"), ("Input.SubmissionDeadline", "2027-03-30"),
            ("Input.SubmissionOpensOn", "2027-04-01")), "#formulaire-edition");
        Assert.Equal(HttpStatusCode.OK, wrongDates.StatusCode);
        var errors = await wrongDates.FieldErrorsAsync();
        Assert.Contains("Le dernier jour de la semaine doit suivre le premier.", errors);
        Assert.Contains("La date limite des soumissions doit précéder la semaine.", errors);
        Assert.Contains("L’ouverture des soumissions doit précéder la date limite.", errors);
        var page = await wrongDates.ReadDocumentAsync();
        Assert.Equal("2027-03-30", page.QuerySelector("#Input_SubmissionDeadline")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Input_WeekEnd")!.Closest(".fr-input-group--error"));

        var existing = await admin.SubmitAsync("/admin/editions/nouvelle", AdminApp.Edition2027With(
            ("Input.Year", "2026"), ("Input.WeekStart", "2026-11-23"), ("Input.WeekEnd", "2026-11-29"), ("Input.SubmissionDeadline", ""),
            ("Input.SubmissionOpensOn", "")), "#formulaire-edition");
        Assert.Contains("L’édition 2026 existe déjà : modifiez-la plutôt que d’en créer une autre.", await existing.FieldErrorsAsync());

        var otherYear = await admin.SubmitAsync("/admin/editions/nouvelle", AdminApp.Edition2027With(("Input.Year", "2028")), "#formulaire-edition");
        Assert.Contains("La semaine de l’édition 2028 doit commencer en 2028.", await otherYear.FieldErrorsAsync());

        Assert.False(await app.App.WithDbAsync(db => db.Editions.AnyAsync(e => e.Year == 2027 || e.Year == 2028)));
        Assert.Empty(await app.AuditAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OnlyOneEditionTakesSubmissionsAndOrganisersAreOfferedIt(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);
        await admin.SubmitAsync("/admin/editions/nouvelle", AdminApp.Edition2027, "#formulaire-edition");

        var refused = await admin.SubmitAsync("/admin/editions", formSelector: "#edition-2027 form", submitter: "button");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("L’édition 2026 est encore ouverte aux soumissions : fermez-la avant d’ouvrir l’édition 2027.",
            (await admin.GetDocumentAsync("/admin/editions")).Notices());
        Assert.Equal(EditionStatus.Preparing, await StatusAsync(app, 2027));

        await admin.SubmitAsync("/admin/editions", formSelector: "#edition-2026 form", submitter: "button");
        Assert.Equal(EditionStatus.Closed, await StatusAsync(app, 2026));
        await admin.SubmitAsync("/admin/editions", formSelector: "#edition-2027 form", submitter: "button");
        Assert.Equal(EditionStatus.Open, await StatusAsync(app, 2027));

        var organiser = await app.ClientAsync(People.Organiser);
        var form = await organiser.GetDocumentAsync("/organisateur/evenements");
        Assert.Contains("Semaine de l’Industrie 2027", form.QuerySelector("main, body")!.TextContent);

        // The database holds the rule too: a second open edition cannot be written, whatever the page checked.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => app.App.WithDbAsync(async db =>
        {
            (await db.Editions.SingleAsync(e => e.Year == 2026)).Status = EditionStatus.Open;
            await db.SaveChangesAsync();
        }));

        Assert.Equal(["a ouvert les soumissions:2027", "a fermé les soumissions:2026", "a créé l’édition:2027"],
            (await app.AuditAsync()).OrderByDescending(e => e.Id).Select(e => $"{e.Action}:{e.ObjectKey}"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnEditionIsArchivedOnlyOnceItsSubmissionsAreClosed(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);
        var token = (await admin.GetDocumentAsync("/admin/editions")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await admin.PostAsync("/admin/editions?handler=Archive", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["annee"] = "2026", ["__RequestVerificationToken"] = token }));
        Assert.Contains("Fermez les soumissions de l’édition 2026 avant de l’archiver.", (await admin.GetDocumentAsync("/admin/editions")).Notices());
        Assert.Equal(EditionStatus.Open, await StatusAsync(app, 2026));

        await admin.SubmitAsync("/admin/editions", formSelector: "#edition-2026 form", submitter: "button");
        await admin.SubmitAsync("/admin/editions", formSelector: "#edition-2026 form", submitter: "button[formaction*=Archive]");
        Assert.Equal(EditionStatus.Archived, await StatusAsync(app, 2026));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ChangingAnEditionEvictsTheCachedPublicPages(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var anonymous = await app.ClientAsync(People.Anonymous);
        var before = await anonymous.GetAsync("/editions");
        Assert.Contains("Avec l’industrie, fabrique ton avenir", await before.Content.ReadAsStringAsync());
        var again = await anonymous.GetAsync("/editions");
        Assert.Equal(before.Headers.ETag, again.Headers.ETag); // served from the cache until something changes

        var admin = await app.ClientAsync(People.Administrator);
        var saved = await admin.SubmitAsync("/admin/editions/2026/modifier", [("Input.Theme", "« Un thème tout neuf »")], "#formulaire-edition");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await anonymous.GetAsync("/editions");
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Un thème tout neuf", await after.Content.ReadAsStringAsync());
        var entry = Assert.Single(await app.AuditAsync());
        Assert.Equal("a modifié l’édition", entry.Action);
        Assert.Contains("thème", entry.Details);
    }

    private static Task<EditionStatus> StatusAsync(AccountsApp app, int year) =>
        app.App.WithDbAsync(db => db.Editions.AsNoTracking().Where(e => e.Year == year).Select(e => e.Status).SingleAsync());
}
