using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Web.Demo;

namespace SemaineIndustrie.BrowserTests;

/// <summary>
/// The national administrator opens a new edition: creates 2027 with its dates and theme, closes the submissions of
/// 2026 and opens those of 2027; an organiser is then offered 2027 in the event form.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EditionJourney(SiteFixture site)
{
    [Fact]
    public async Task AnAdministratorOpensTheNextEditionAndAnOrganiserIsOfferedIt()
    {
        try
        {
            // The demo's committees are on the Gers' public page before the edition changes.
            var visitor = await site.NewPageAsync();
            await visitor.GotoAsync("/departements/32");
            await visitor.Locator("#comite-de-pilotage li", new() { HasText = "CCI du Gers" }).WaitForAsync();

            var admin = await site.NewPageAsync();
            await SignIn.AsAsync(admin, $"admin@{DemoAccounts.Domain}");
            await admin.GotoAsync("/admin");
            await admin.GetByRole(AriaRole.Link, new() { Name = "Gérer les éditions" }).ClickAsync();
            await admin.GetByRole(AriaRole.Link, new() { Name = "Créer une édition" }).ClickAsync();
            await admin.GetByLabel("Année").FillAsync("2027");
            await admin.GetByLabel("Thème (facultatif)").FillAsync("« L’industrie, des métiers d’avenir »");
            await admin.GetByLabel("Premier jour de la semaine").FillAsync("2027-03-22");
            await admin.GetByLabel("Dernier jour de la semaine").FillAsync("2027-03-28");
            await admin.GetByLabel("Date limite des soumissions (facultatif)").FillAsync("2027-03-08");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Créer l’édition" }).ClickAsync();
            await admin.GetByText("L’édition 2027 est créée, en préparation.").WaitForAsync();

            await admin.GetByRole(AriaRole.Button, new() { Name = "Ouvrir les soumissions de l’édition 2027" }).ClickAsync();
            await admin.GetByText("L’édition 2026 est encore ouverte aux soumissions").WaitForAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Fermer les soumissions de l’édition 2026" }).ClickAsync();
            await admin.GetByText("Édition 2026 : soumissions fermées.").WaitForAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Ouvrir les soumissions de l’édition 2027" }).ClickAsync();
            await admin.GetByText("Édition 2027 : soumissions ouvertes.").WaitForAsync();

            await admin.GotoAsync("/admin/journal?objet=Edition");
            Assert.Equal(3, await admin.Locator("#journal tbody tr").CountAsync());

            var organiser = await site.NewPageAsync();
            await SignIn.AsAsync(organiser, $"organisateur.lot@{DemoAccounts.Domain}");
            await organiser.GotoAsync("/organisateur/evenements");
            await organiser.GetByText(new Regex(@"Semaine de l’Industrie 2027\s+— les créneaux doivent avoir lieu du 7 mars au 12 avril 2027")).WaitForAsync();
        }
        finally
        {
            // The other journeys of the collection share the demo's site: 2026 is open again for them.
            await site.WithDbAsync(async db =>
            {
                await db.Editions.Where(e => e.Year == 2027).ExecuteDeleteAsync();
                await db.Editions.Where(e => e.Year == 2026).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EditionStatus.Open));
            });
        }
    }
}
