using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web.Demo;

namespace SemaineIndustrie.BrowserTests;

/// <summary>
/// An organiser signs up and submits an event in the Lot; the Lot's reviewer asks for a change; the organiser edits
/// and resubmits; the reviewer labels it; it appears on the public list and the department page. The Gers reviewer
/// neither sees nor reaches it. On the way the organiser adds a picture and moves the event's pin with the keyboard.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class LabellingJourney(SiteFixture site)
{
    private const string Title = "Visite de l’atelier de mécanique de précision";

    [Fact]
    public async Task AnOrganiserSubmitsTheLotReviewerAsksForAChangeThenLabelsItAndTheGersReviewerCannotSeeIt()
    {
        // The demo's edition closed its submissions on 9 November; this journey happens before the deadline.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Editions.Where(e => e.Year == 2026).ExecuteUpdateAsync(s => s.SetProperty(e => e.SubmissionDeadline, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)));
        }

        var organiser = await site.NewPageAsync();
        await organiser.GotoAsync("/compte/inscription");
        await organiser.GetByLabel("Prénom et nom").FillAsync("Marc Mécanicien");
        await organiser.GetByLabel("Adresse électronique").FillAsync("marc@mecanique-figeac.test");
        await organiser.Locator("#Input_Password").FillAsync("une longue phrase secrète");
        await organiser.Locator("#Input_ConfirmPassword").FillAsync("une longue phrase secrète");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await organiser.GetByText("Vérifiez votre messagerie").WaitForAsync();
        await organiser.GotoAsync(LinkInMail("marc@mecanique-figeac.test", "/compte/confirmer"));
        await organiser.GetByText("Votre adresse est confirmée").WaitForAsync();
        await SignIn.AsAsync(organiser, "marc@mecanique-figeac.test", "une longue phrase secrète");

        await organiser.GotoAsync("/organisateur/structures/nouvelle");
        await organiser.GetByLabel("Nom de la structure").FillAsync("Mécanique de précision de Figeac");
        await organiser.GetByLabel("Commune").FillAsync("Figeac (46100)");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Déclarer la structure" }).ClickAsync();
        await organiser.GetByRole(AriaRole.Link, new() { Name = "Proposer un événement" }).ClickAsync();

        // Six steps, one at a time; a picture too large is refused before it is sent, a photo is taken.
        await organiser.GetByLabel("Titre").FillAsync(Title);
        await organiser.GetByLabel("Résumé").FillAsync("Les élèves découvrent l’usinage de pièces pour l’aéronautique.");
        await organiser.GetByLabel("Type d’événement").SelectOptionAsync("visite-entreprise");
        await organiser.Locator("#Input_Picture").SetInputFilesAsync(new FilePayload { Name = "scan.jpg", MimeType = "image/jpeg", Buffer = new byte[9 * 1024 * 1024] });
        await organiser.GetByText("L’image pèse 9 Mo : elle ne doit pas dépasser 8 Mo.").WaitForAsync();
        await organiser.Locator("#Input_Picture").SetInputFilesAsync(new FilePayload { Name = "atelier.jpg", MimeType = "image/jpeg", Buffer = Photo() });
        await organiser.GetByLabel("Description de l’image").FillAsync(PictureAlt);
        await ScreenshotAsync(organiser, "1-quoi");
        await NextAsync(organiser);
        await organiser.Locator("label[for='public-collegiens']").ClickAsync();
        await NextAsync(organiser);
        await organiser.GetByLabel("Commune").FillAsync("Figeac (46100)");
        await organiser.GetByLabel("Commune").DispatchEventAsync("change");
        await organiser.GetByText("Point placé sur la commune").WaitForAsync();
        var communeLatitude = Coordinate(await organiser.Locator("#Input_Latitude").InputValueAsync());
        // The pin, reached by the keyboard, goes about 60 metres north.
        await organiser.Locator(".si-pin-map .leaflet-marker-icon").FocusAsync();
        for (var i = 0; i < 3; i++) await organiser.Keyboard.PressAsync("ArrowUp");
        await organiser.GetByText("Point déplacé").WaitForAsync();
        var movedLatitude = Coordinate(await organiser.Locator("#Input_Latitude").InputValueAsync());
        Assert.Equal(communeLatitude + 0.0006, movedLatitude, 6);
        await ScreenshotAsync(organiser, "3-ou");
        await NextAsync(organiser);
        await organiser.Locator("#Input_Sessions_0__Day").FillAsync("2026-11-25");
        await organiser.Locator("#Input_Sessions_0__Start").FillAsync("09:00");
        await organiser.Locator("#Input_Sessions_0__End").FillAsync("11:00");
        await NextAsync(organiser);
        await NextAsync(organiser);
        await organiser.GetByLabel("Adresse électronique").FillAsync("contact@mecanique-figeac.test");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Soumettre au comité de labellisation" }).ClickAsync();
        await organiser.GetByText("L’événement est soumis au comité de labellisation").WaitForAsync();
        var eventUrl = new Uri(organiser.Url).AbsolutePath;
        var id = eventUrl.Split('/').Last();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Events.SingleAsync(e => e.Id == int.Parse(id));
            Assert.Equal(movedLatitude, saved.Latitude!.Value, 6);
            Assert.Equal(PictureAlt, saved.PictureAlt);
        }

        // The Lot's reviewer asks for a change.
        var reviewer = await site.NewPageAsync();
        await SignIn.AsAsync(reviewer, $"referent.lot@{DemoAccounts.Domain}", DemoAccounts.Password);
        await reviewer.GotoAsync("/comite");
        await reviewer.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await reviewer.GetByLabel("Modifications demandées").FillAsync("Indiquez l’âge minimum et les équipements de sécurité fournis.");
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Demander des modifications" }).ClickAsync();
        await reviewer.Locator("#etat", new() { HasText = "à modifier" }).WaitForAsync();

        // The Gers reviewer neither sees it in the queue nor reaches it by its address.
        var gers = await site.NewPageAsync();
        await SignIn.AsAsync(gers, $"referent.gers@{DemoAccounts.Domain}", DemoAccounts.Password);
        await gers.GotoAsync("/comite?etat=ChangesRequested");
        Assert.Equal(0, await gers.GetByRole(AriaRole.Link, new() { Name = Title }).CountAsync());
        Assert.Equal(404, (await gers.GotoAsync($"/comite/evenements/{id}"))!.Status);

        // The organiser reads the request, edits and resubmits.
        await organiser.GotoAsync(eventUrl);
        await organiser.GetByText("Indiquez l’âge minimum et les équipements de sécurité fournis.").First.WaitForAsync();
        await organiser.Locator("#Input_Description").FillAsync("Dès 12 ans. Lunettes et chaussures de sécurité fournies.");
        await organiser.GetByRole(AriaRole.Button, new() { Name = "Soumettre à nouveau" }).ClickAsync();
        await organiser.GetByText("L’événement est soumis au comité de labellisation").WaitForAsync();

        // The reviewer labels it.
        await reviewer.GotoAsync($"/comite/evenements/{id}");
        await reviewer.Locator("label[for='critere-publics']").ClickAsync();
        await reviewer.Locator("label[for='critere-industrie']").ClickAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Labelliser", Exact = true }).ClickAsync();
        await reviewer.Locator("#etat", new() { HasText = "labellisé" }).WaitForAsync();

        // Public: the event page, the list and the department page.
        var visitor = await site.NewPageAsync();
        Assert.Equal(200, (await visitor.GotoAsync($"/evenements/{id}"))!.Status);
        Assert.Equal(Title, (await visitor.Locator("h1").InnerTextAsync()).Trim());
        var picture = visitor.GetByRole(AriaRole.Img, new() { Name = PictureAlt });
        Assert.True(await picture.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0") > 0, "The picture did not load on the event page.");
        await ScreenshotAsync(visitor, "evenement-public");
        await visitor.GotoAsync("/evenements?q=" + Uri.EscapeDataString("mécanique de précision"));
        Assert.True(await visitor.GetByRole(AriaRole.Link, new() { Name = Title }).CountAsync() > 0, "Not on the public list.");
        await visitor.GotoAsync("/departements/46?q=" + Uri.EscapeDataString("mécanique de précision"));
        Assert.True(await visitor.GetByRole(AriaRole.Link, new() { Name = Title }).CountAsync() > 0, "Not on the Lot's page.");

        // The history the organiser reads.
        await organiser.GotoAsync(eventUrl);
        var history = await organiser.Locator(".si-history li").AllInnerTextsAsync();
        Assert.Equal(4, history.Count);
        Assert.Contains("labellisé", history[^1]);
    }

    private const string PictureAlt = "Une apprentie règle une fraiseuse à commande numérique";

    /// <summary>A photo as a phone would send it: 1,200 × 800 pixels, sky above, workshop floor below.</summary>
    private static byte[] Photo()
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(1200, 800));
        surface.Canvas.Clear(new SkiaSharp.SKColor(0x6a, 0x6a, 0xf4));
        using (var floor = new SkiaSharp.SKPaint { Color = new SkiaSharp.SKColor(0x3a, 0x3a, 0x3a) }) surface.Canvas.DrawRect(0, 500, 1200, 300, floor);
        using var image = surface.Snapshot();
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90).ToArray();
    }

    private static double Coordinate(string field) => double.Parse(field.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Screenshots for a person reviewing the journey, when JOURNEY_SCREENSHOTS names a folder.</summary>
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("JOURNEY_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private static async Task NextAsync(IPage page) =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Étape suivante" }).ClickAsync();

    private string LinkInMail(string to, string path)
    {
        var message = Directory.GetFiles(site.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))
            .Last(m => m.To.Mailboxes.Any(x => x.Address == to));
        var link = Links().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).First(u => u.AbsolutePath == path);
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}
