using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Administration;

public class AccountAdminTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AnAdministratorFindsAnAccountGrantsAReviewerRoleAndRevokesIt(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);

        var found = await admin.GetDocumentAsync("/admin/comptes?q=FONDERIE");
        var row = Assert.Single(found.QuerySelectorAll("tbody tr"));
        Assert.Contains("Fonderie du Quercy", row.TextContent);
        var lotRow = Assert.Single((await admin.GetDocumentAsync("/admin/comptes?q=referent@lot")).QuerySelectorAll("tbody tr"));
        Assert.Contains("référent départemental : Lot (46)", lotRow.TextContent);

        var account = row.QuerySelector("a")!.GetAttribute("href")!;
        var missing = await admin.SubmitAsync(account, [("Kind", "DepartmentReviewer"), ("Department", "")], "#accorder");
        Assert.Contains("Choisissez le département.", await missing.FieldErrorsAsync());

        var granted = await admin.SubmitAsync(account, [("Kind", "DepartmentReviewer"), ("Department", "46")], "#accorder");
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        var page = await admin.GetDocumentAsync(account);
        Assert.Contains("Rôle accordé : référent départemental : Lot (46).", page.Notices());

        // The organiser now reaches the committee's queue of the Lot (after signing in again, as the cookie's claims are read then).
        var organiser = await app.ClientAsync(People.Organiser);
        Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync("/comite")).StatusCode);

        var revoked = await admin.SubmitAsync(account, formSelector: "#roles form");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.False(await app.App.WithDbAsync(db => db.TerritorialRoles.AnyAsync(r => r.User!.Email == People.Organiser)));
        Assert.Equal(["a accordé un rôle", "a retiré un rôle"], (await app.AuditAsync()).Select(e => e.Action));
        Assert.All(await app.AuditAsync(), e => Assert.Equal(People.Organiser, e.ObjectKey));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ALockedAccountCannotSignInUntilItIsUnlocked(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);
        var id = await app.App.WithDbAsync(db => db.Users.Where(u => u.Email == People.Organiser).Select(u => u.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/comptes/{id}", formSelector: "#blocage")).StatusCode);
        Assert.Contains("bloqué", (await admin.GetDocumentAsync($"/admin/comptes/{id}")).QuerySelector(".fr-badge")!.TextContent);

        var anonymous = await app.ClientAsync(People.Anonymous);
        var refused = await anonymous.SubmitAsync("/compte/connexion", [("Input.Email", People.Organiser), ("Input.Password", People.Password)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        await admin.SubmitAsync($"/admin/comptes/{id}", formSelector: "#blocage");
        var accepted = await anonymous.SubmitAsync("/compte/connexion", [("Input.Email", People.Organiser), ("Input.Password", People.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(["a bloqué le compte", "a débloqué le compte"], (await app.AuditAsync()).Select(e => e.Action));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheLastAdministratorKeepsTheRoleAndCannotLockThemselves(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);
        var id = await app.App.WithDbAsync(db => db.Users.Where(u => u.Email == People.Administrator).Select(u => u.Id).SingleAsync());

        await admin.SubmitAsync($"/admin/comptes/{id}", formSelector: "#roles form");
        Assert.Contains("C’est le dernier administrateur national : accordez ce rôle à quelqu’un d’autre avant de le retirer.",
            (await admin.GetDocumentAsync($"/admin/comptes/{id}")).Notices());
        await admin.SubmitAsync($"/admin/comptes/{id}", formSelector: "#blocage");
        Assert.Contains("Vous ne pouvez pas bloquer votre propre compte.", (await admin.GetDocumentAsync($"/admin/comptes/{id}")).Notices());
        Assert.True(await app.App.WithDbAsync(db => db.TerritorialRoles.AnyAsync(r => r.UserId == id && r.Kind == TerritorialRoleKind.NationalAdministrator)));
        Assert.Empty(await app.AuditAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task TheJournalListsWhoDidWhatAndNarrowsByPersonKindAndDate(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);
        await admin.SubmitAsync("/admin/listes/types", [("label", "Conférence en ligne")], "#ajout");
        await admin.SubmitAsync("/admin/editions/nouvelle", AdminApp.Edition2027, "#formulaire-edition");
        var gers = await app.ClientAsync(People.GersReviewer);
        await gers.SubmitAsync("/comite/pilotage/32", [("Partner.Name", "CCI du Gers")], "#ajout-partenaire");

        static IReadOnlyList<string> Rows(AngleSharp.Dom.IDocument d) => d.QuerySelectorAll("#journal tbody tr").Select(r => r.TextContent).ToList();
        var all = Rows(await admin.GetDocumentAsync("/admin/journal"));
        Assert.Equal(3, all.Count);
        Assert.Contains("referent", all[0]);
        Assert.Contains("a ajouté un partenaire", all[0]);
        Assert.Contains("Comité de pilotage : 2026/32", all[0]);

        Assert.Equal(2, Rows(await admin.GetDocumentAsync("/admin/journal?personne=admin@dge")).Count);
        var editions = Rows(await admin.GetDocumentAsync("/admin/journal?objet=Edition"));
        Assert.Contains("a créé l’édition", Assert.Single(editions));
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        Assert.Empty(Rows(await admin.GetDocumentAsync($"/admin/journal?du={today.AddDays(2):yyyy-MM-dd}")));
        Assert.Equal(3, Rows(await admin.GetDocumentAsync($"/admin/journal?du={today.AddDays(-1):yyyy-MM-dd}&au={today.AddDays(1):yyyy-MM-dd}")).Count);
        var backwards = await admin.GetDocumentAsync($"/admin/journal?du={today:yyyy-MM-dd}&au={today.AddDays(-3):yyyy-MM-dd}");
        Assert.Contains("La date de fin doit suivre la date de début.", backwards.QuerySelectorAll(".fr-message--error").Select(e => e.TextContent));
    }
}
