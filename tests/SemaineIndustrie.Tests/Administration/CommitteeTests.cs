using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Administration;

public class CommitteeTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task TheGersReviewerNamesTheCommitteeAndItsPartnersShowOnTheDepartmentPage(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var anonymous = await app.ClientAsync(People.Anonymous);
        Assert.Null((await anonymous.GetDocumentAsync("/departements/32")).QuerySelector("#comite-de-pilotage")); // cached now

        var gers = await app.ClientAsync(People.GersReviewer);
        var lead = await gers.SubmitAsync("/comite/pilotage/32", [("Lead", "DDETS du Gers")], "#service-pilote");
        Assert.True(lead.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", await lead.FieldErrorsAsync()) + " " + (int)lead.StatusCode);
        await gers.SubmitAsync("/comite/pilotage/32", [("Partner.Name", "Préfecture du Gers"), ("Partner.Url", "https://www.gers.gouv.fr")], "#ajout-partenaire");
        await gers.SubmitAsync("/comite/pilotage/32", [("Partner.Name", "DSDEN du Gers"), ("Partner.Description", "pour les visites de classes")], "#ajout-partenaire");

        var page = await anonymous.GetDocumentAsync("/departements/32");
        var committee = page.QuerySelector("#comite-de-pilotage")!;
        Assert.Equal("Le comité de pilotage", committee.QuerySelector("h2")!.TextContent);
        Assert.Contains("DDETS du Gers", committee.TextContent);
        Assert.Equal(["Préfecture du Gers", "DSDEN du Gers — pour les visites de classes"],
            committee.QuerySelectorAll("li").Select(li => string.Join(" ", li.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal("https://www.gers.gouv.fr", committee.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null((await anonymous.GetDocumentAsync("/departements/46")).QuerySelector("#comite-de-pilotage"));

        // The reviewers are the accounts holding the role there.
        var editor = await gers.GetDocumentAsync("/comite/pilotage/32");
        Assert.Contains(People.GersReviewer, editor.QuerySelector("#referents")!.TextContent);

        // The coordinator of the region removes one; the public page follows.
        var coordinator = await app.ClientAsync(People.OccitanieCoordinator);
        await coordinator.SubmitAsync("/comite/pilotage/32", formSelector: "#partenaires form");
        Assert.Single((await anonymous.GetDocumentAsync("/departements/32")).QuerySelectorAll("#comite-de-pilotage li"));
        Assert.Equal(["a changé le service pilote", "a ajouté un partenaire", "a ajouté un partenaire", "a retiré un partenaire"],
            (await app.AuditAsync()).Select(e => e.Action));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task APartnerNeedsANameAndALinkToASite(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var lot = await app.ClientAsync(People.LotReviewer);

        var response = await lot.SubmitAsync("/comite/pilotage/46", [("Partner.Name", ""), ("Partner.Url", "javascript:alert(1)")], "#ajout-partenaire");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await response.FieldErrorsAsync();
        Assert.Contains("Indiquez le nom du partenaire.", errors);
        Assert.Contains("L’adresse doit être celle d’un site, commençant par https:// (exemple : https://www.gers.gouv.fr).", errors);
        Assert.Equal("javascript:alert(1)", (await response.ReadDocumentAsync()).QuerySelector("#Partner_Url")!.GetAttribute("value"));
        Assert.False(await app.App.WithDbAsync(db => db.CommitteePartners.AnyAsync()));

        // The Lot's reviewer does not edit the Gers' committee.
        Assert.Contains("/compte/acces-refuse", (await lot.GetAsync("/comite/pilotage/32")).Headers.Location!.OriginalString);
    }
}
