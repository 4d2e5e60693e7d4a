using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace SemaineIndustrie.BrowserTests;

/// <summary>A teacher books a visit for a class; a job seeker registers for a job dating and cancels from the mail.</summary>
[Collection(SiteCollection.Name)]
public sealed class RegistrationJourneys(SiteFixture site)
{
    private const string BiscuitVisit = "Visite de la biscuiterie pour les collégiens";
    private const string JobDating = "Job dating des métiers de l’usinage";

    [Fact]
    public async Task ATeacherBooksAVisitForAClassOf24PupilsAnd2Adults()
    {
        var eventId = await SeedAsync(BiscuitVisit, "visite-entreprise", "collegiens", capacity: 30);
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/evenements/{eventId}");
        Assert.Contains("30 places restantes sur 30", await page.Locator("#creneaux + .fr-table").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^S’inscrire") }).ClickAsync();
        // An event for pupils offers the class form first.
        Assert.Equal("true", await page.GetByRole(AriaRole.Link, new() { Name = "Un groupe ou une classe" }).GetAttributeAsync("aria-current"));
        await page.GetByLabel("Établissement ou structure").FillAsync("Collège Gambetta");
        await page.GetByLabel("Code UAI de l’établissement (facultatif)").FillAsync("0460028F");
        await page.GetByLabel("Niveau ou classe (facultatif)").FillAsync("4e");
        await page.GetByLabel("Nombre d’élèves ou de participants").FillAsync("24");
        await page.GetByLabel("Nombre d’adultes accompagnateurs").FillAsync("2");
        await page.GetByLabel("Prénom et nom").FillAsync("Claire Martin");
        await page.GetByLabel("Adresse électronique").FillAsync("claire.martin@college-gambetta.test");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "inscription-classe.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l’inscription" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/inscriptions/[A-Za-z0-9_-]{43}"));
        Assert.Equal("Votre inscription est confirmée", (await page.Locator("#statut .fr-alert__title").InnerTextAsync()).Trim());
        Assert.Contains("24 élèves et 2 accompagnateurs, soit 26 places", await page.Locator("#statut").InnerTextAsync());
        var mail = Assert.Single(site.MailTo("claire.martin@college-gambetta.test"));
        Assert.Equal($"Inscription confirmée : {BiscuitVisit}", mail.Subject);

        // The event page, cached for everyone, already counts the class.
        await page.GotoAsync($"/evenements/{eventId}");
        Assert.Contains("4 places restantes sur 30", await page.Locator("#creneaux + .fr-table").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AJobSeekerRegistersForAJobDatingAndCancelsFromTheLinkInTheMail()
    {
        var eventId = await SeedAsync(JobDating, "job-dating", "demandeurs-emploi", capacity: 12);
        var page = await site.NewPageAsync();
        await page.GotoAsync($"/evenements/{eventId}");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^S’inscrire") }).ClickAsync();

        Assert.Equal("true", await page.GetByRole(AriaRole.Link, new() { Name = "Vous-même et vos proches" }).GetAttributeAsync("aria-current"));
        await page.GetByLabel("Prénom et nom").FillAsync("Karim Haddad");
        await page.GetByLabel("Adresse électronique").FillAsync("karim.haddad@demandeur.test");
        await page.GetByLabel("Téléphone (facultatif)").FillAsync("06 12 34 56 78");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer l’inscription" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/inscriptions/"));
        Assert.Equal("Votre inscription est confirmée", (await page.Locator("#statut .fr-alert__title").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();

        // Days later, from the mail, in another browser session.
        var (subject, body) = Assert.Single(site.MailTo("karim.haddad@demandeur.test"));
        Assert.Equal($"Inscription confirmée : {JobDating}", subject);
        // The link names the site's public address (Site:PublicBaseUrl); the browser follows its path on the test server.
        var link = new Uri(Regex.Match(body, @"https?://\S+/inscriptions/\S+").Value).PathAndQuery;
        var later = await site.NewPageAsync();
        await later.GotoAsync(link);
        Assert.Contains("Karim Haddad", await later.Locator("#details").InnerTextAsync());
        await later.GetByRole(AriaRole.Link, new() { Name = "Annuler mon inscription" }).ClickAsync();
        await later.GetByRole(AriaRole.Button, new() { Name = "Confirmer l’annulation" }).ClickAsync();

        await Assertions.Expect(later.Locator("#statut .fr-alert__title")).ToHaveTextAsync("Inscription annulée");
        Assert.DoesNotContain("Karim Haddad", await later.Locator("main").InnerTextAsync());
        Assert.Equal($"Inscription annulée : {JobDating}", site.MailTo("karim.haddad@demandeur.test").Last().Subject);
        await later.GotoAsync($"/evenements/{eventId}");
        Assert.Contains("12 places restantes sur 12", await later.Locator("#creneaux + .fr-table").InnerTextAsync());
        await later.Context.CloseAsync();
    }

    [Fact]
    public async Task OnTheDayTheOrganiserChecksAClassInFromAPhone()
    {
        const string organiser = "organisateur.lot@demo.semaine-industrie.test";
        var eventId = await SeedAsync("Portes ouvertes de l’atelier de chaudronnerie", "visite-entreprise", "collegiens", capacity: 40, organiser);
        var sessionId = 0;
        await site.WithDbAsync(async db => sessionId = await db.Sessions.Where(s => s.EventId == eventId).Select(s => s.Id).SingleAsync());
        using (var http = new HttpClient { BaseAddress = site.BaseAddress })
        {
            var body = new { kind = "group", establishment = "Collège Olivier de Magny", level = "3e", pupils = 22, adults = 2, name = "M. Delmas", email = "delmas@college.test" };
            Assert.Equal(System.Net.HttpStatusCode.Created, (await http.PostAsJsonAsync($"/api/v1/sessions/{sessionId}/registrations", body)).StatusCode);
        }
        var phone = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(), Locale = "fr-FR", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var page = await phone.NewPageAsync();

        await page.GotoAsync($"/inscriptions/gestion/creneau/{sessionId}/accueil");
        await page.GetByLabel("Adresse électronique").FillAsync(organiser);
        await page.GetByLabel("Mot de passe").FillAsync("Semaine-Demo-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/accueil$"));
        Assert.Equal("0 présents, 24 attendus encore", (await page.Locator("#compte").InnerTextAsync()).Trim());

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Arrivé") }).TapAsync();
        await Assertions.Expect(page.Locator("#compte")).ToHaveTextAsync("24 présents, 0 attendus encore");
        // Nothing wider than the phone's screen: no sideways scrolling at the door.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, "accueil-telephone.png"), FullPage = true });
        await phone.CloseAsync();
    }

    private Task<int> SeedAsync(string title, string kind, string audience, int capacity, string? organiserEmail = null) =>
        UpcomingEvents.SeedAsync(site, title, kind, audience, capacity, organiserEmail);
}
