using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Administration;

public class ReferenceListAdminTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    private const string Metallurgy = "CSF_MINES_METALLURGIE";

    [Theory, MemberData(nameof(Providers))]
    public async Task ARetiredSectorLeavesTheFiltersAndFormsButOldEventsKeepIt(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var anonymous = await app.ClientAsync(People.Anonymous);
        var organiser = await app.ClientAsync(People.Organiser);
        var visit = await app.App.WithDbAsync(db => db.Events.Where(e => e.Title == KnownCatalogue.LotVisit).Select(e => e.Id).SingleAsync());
        Assert.NotNull((await anonymous.GetDocumentAsync("/evenements")).QuerySelector($"#filtre-filiere option[value={Metallurgy}]"));
        Assert.NotNull((await organiser.GetDocumentAsync("/organisateur/evenements")).QuerySelector($"input[value={Metallurgy}], option[value={Metallurgy}]"));

        var admin = await app.ClientAsync(People.Administrator);
        var retired = await admin.SubmitAsync("/admin/listes/filieres", formSelector: $"#valeur-{Metallurgy} form[action*=Retire]");
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);

        Assert.Null((await anonymous.GetDocumentAsync("/evenements")).QuerySelector($"#filtre-filiere option[value={Metallurgy}]"));
        Assert.Null((await organiser.GetDocumentAsync("/organisateur/evenements")).QuerySelector($"input[value={Metallurgy}], option[value={Metallurgy}]"));
        Assert.Contains("Mines et métallurgie", (await anonymous.GetDocumentAsync($"/evenements/{visit}")).Body!.TextContent);
        Assert.True(await app.App.WithDbAsync(db => db.Events.AnyAsync(e => e.Id == visit && e.Sectors.Any(s => s.Code == Metallurgy))));
        Assert.True(await app.App.WithDbAsync(db => db.Sectors.AnyAsync(s => s.Code == Metallurgy && !s.IsActive)));

        // The organiser's form of that event still holds it, so saving the form keeps it.
        var form = await organiser.GetDocumentAsync($"/organisateur/evenements/{visit}");
        Assert.True(form.QuerySelector($"input[value={Metallurgy}]") is AngleSharp.Html.Dom.IHtmlInputElement { IsChecked: true });

        var list = await admin.GetDocumentAsync("/admin/listes/filieres");
        Assert.Contains("retirée", list.QuerySelector($"#valeur-{Metallurgy}")!.TextContent);
        var entry = Assert.Single(await app.AuditAsync());
        Assert.Equal(("a retiré une filière", $"filieres/{Metallurgy}"), (entry.Action, entry.ObjectKey));

        await admin.SubmitAsync("/admin/listes/filieres", formSelector: $"#valeur-{Metallurgy} form[action*=Restore]");
        Assert.NotNull((await anonymous.GetDocumentAsync("/evenements")).QuerySelector($"#filtre-filiere option[value={Metallurgy}]"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ARenamedKindShowsAtOnceOnCachedPublicPages(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var anonymous = await app.ClientAsync(People.Anonymous);
        var visit = await app.App.WithDbAsync(db => db.Events.Where(e => e.Title == KnownCatalogue.LotVisit).Select(e => e.Id).SingleAsync());
        Assert.DoesNotContain("Visite d’usine", await anonymous.GetStringAsync($"/evenements/{visit}"));

        var admin = await app.ClientAsync(People.Administrator);
        await admin.SubmitAsync("/admin/listes/types", [("label", "Visite d’usine")], "#valeur-visite-entreprise form");

        Assert.Contains("Visite d’usine", await anonymous.GetStringAsync($"/evenements/{visit}"));
        Assert.Contains("Visite d’usine", (await anonymous.GetDocumentAsync("/evenements")).QuerySelector("#filtre-type, select[name=kind]")?.TextContent ?? "");
        var entry = Assert.Single(await app.AuditAsync());
        Assert.Equal("a renommé un type d’événement", entry.Action);
        Assert.EndsWith("devient « Visite d’usine »", entry.Details);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnAddedKindIsOfferedAndADuplicateIsExplainedNextToTheField(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);

        var duplicate = await admin.SubmitAsync("/admin/listes/types", [("label", "job dating")], "#ajout");
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("Ce libellé est déjà celui d’une autre valeur.", await duplicate.FieldErrorsAsync());
        Assert.Equal("job dating", (await duplicate.ReadDocumentAsync()).QuerySelector("#nouveau-libelle")!.GetAttribute("value"));

        var empty = await admin.SubmitAsync("/admin/listes/types", [("label", "  ")], "#ajout");
        Assert.Contains("Indiquez le libellé.", await empty.FieldErrorsAsync());

        var added = await admin.SubmitAsync("/admin/listes/types", [("label", "Conférence en ligne")], "#ajout");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var organiser = await app.ClientAsync(People.Organiser);
        Assert.NotNull((await organiser.GetDocumentAsync("/organisateur/evenements")).QuerySelector("#Input_KindCode option[value=conference-en-ligne]"));
        Assert.Equal("a ajouté un type d’événement", Assert.Single(await app.AuditAsync()).Action);
    }
}
