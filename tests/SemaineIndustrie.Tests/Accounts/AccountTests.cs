using System.Net;
using SemaineIndustrie.Tests.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Tests.Accounts;

public class AccountTests
{
    public static TheoryData<DatabaseProvider> Providers => CatalogueApps.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AnOrganiserSignsUpConfirmsTheAddressAndSignsIn(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var client = await app.ClientAsync(People.Anonymous);

        var signUp = await client.SubmitAsync("/compte/inscription", [
            ("Input.FullName", "Inès Nouvelle"), ("Input.Email", "ines@usine.test"),
            ("Input.Password", "une phrase assez longue"), ("Input.ConfirmPassword", "une phrase assez longue")]);
        Assert.Contains("Vérifiez votre messagerie", await signUp.Content.ReadAsStringAsync());

        var early = await client.SubmitAsync("/compte/connexion", [("Input.Email", "ines@usine.test"), ("Input.Password", "une phrase assez longue")]);
        Assert.Contains("pas encore confirmée", await early.Content.ReadAsStringAsync());

        var mail = app.Mail.Last("ines@usine.test");
        Assert.Equal("Confirmez votre adresse électronique", mail.Subject);
        var confirmed = await client.GetStringAsync(mail.Link("/compte/confirmer"));
        Assert.Contains("Votre adresse est confirmée", confirmed);

        var signIn = await client.SubmitAsync("/compte/connexion", [("Input.Email", "ines@usine.test"), ("Input.Password", "une phrase assez longue")]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/compte", signIn.Headers.Location!.OriginalString);
        Assert.Contains("Inès Nouvelle", await client.GetStringAsync("/compte"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SignUpShowsFrenchErrorsNextToTheFieldsAndKeepsWhatWasTyped(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var client = await app.ClientAsync(People.Anonymous);
        var response = await client.SubmitAsync("/compte/inscription", [
            ("Input.FullName", "Jean Court"), ("Input.Email", "pas-une-adresse"), ("Input.Password", "court"), ("Input.ConfirmPassword", "autre")]);
        var page = await response.ReadDocumentAsync();
        Assert.Contains("L’adresse électronique n’est pas valide (exemple : nom@domaine.fr).", await response.FieldErrorsAsync());
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères.", await response.FieldErrorsAsync());
        Assert.Equal("Jean Court", page.QuerySelector("#Input_FullName")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#Input_Email")!.GetAttribute("aria-invalid"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task FiveWrongPasswordsLockTheAccountAndAResetOpensItAgain(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var client = await app.ClientAsync(People.Anonymous);
        for (var i = 0; i < 5; i++)
            await client.SubmitAsync("/compte/connexion", [("Input.Email", People.Organiser), ("Input.Password", "mauvais mot de passe")]);
        var locked = await client.SubmitAsync("/compte/connexion", [("Input.Email", People.Organiser), ("Input.Password", People.Password)]);
        Assert.Contains("bloqué pendant 15 minutes", await locked.Content.ReadAsStringAsync());

        var forgot = await client.SubmitAsync("/compte/mot-de-passe-oublie", [("Input.Email", People.Organiser)]);
        Assert.Contains("Si un compte correspond", await forgot.Content.ReadAsStringAsync());
        var link = app.Mail.Last(People.Organiser).Link("/compte/nouveau-mot-de-passe");
        var reset = await client.SubmitAsync(link, [("Input.Password", "un tout nouveau secret"), ("Input.ConfirmPassword", "un tout nouveau secret")]);
        Assert.Contains("Votre mot de passe est enregistré", await reset.Content.ReadAsStringAsync());
        var signIn = await client.SubmitAsync("/compte/connexion", [("Input.Email", People.Organiser), ("Input.Password", "un tout nouveau secret")]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task SignInPostsAreThrottledPerAddress()
    {
        await using var app = await AccountsApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Accounts:SignInAttemptsPerMinute"] = "3" });
        var client = await app.ClientAsync(People.Anonymous);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.SubmitAsync("/compte/connexion", [("Input.Email", "x@y.test"), ("Input.Password", "nimporte quoi")])).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte/connexion")).StatusCode); // the page itself stays open
    }

    [Fact]
    public async Task AFormPostedWithoutItsAntiforgeryTokenIsRefused()
    {
        await using var app = await AccountsApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.ClientAsync(People.Anonymous);
        var response = await client.PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = People.Organiser, ["Input.Password"] = People.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AnAdministratorInvitesAReviewerWhoChoosesAPasswordAndReachesTheQueue(DatabaseProvider provider)
    {
        await using var app = await AccountsApp.StartAsync(provider);
        var admin = await app.ClientAsync(People.Administrator);
        var invited = await admin.SubmitAsync("/admin/inviter", [
            ("Input.FullName", "Paul Référent"), ("Input.Email", "paul@prefecture.test"), ("Input.Kind", "DepartmentReviewer"), ("Input.Departments", "46, 12")]);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);

        var mail = app.Mail.Last("paul@prefecture.test");
        Assert.Contains("référent départemental : Lot (46)", mail.Body);
        Assert.Contains("référent départemental : Aveyron (12)", mail.Body);
        var paul = await app.ClientAsync(People.Anonymous);
        await paul.SubmitAsync(mail.Link("/compte/nouveau-mot-de-passe"), [("Input.Password", "le secret de paul"), ("Input.ConfirmPassword", "le secret de paul")]);
        var signIn = await paul.SubmitAsync("/compte/connexion?retour=/comite", [("Input.Email", "paul@prefecture.test"), ("Input.Password", "le secret de paul")]);
        Assert.Equal("/comite", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignInNeverRedirectsToAnotherSite()
    {
        await using var app = await AccountsApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.ClientAsync(People.Anonymous);
        var response = await client.SubmitAsync("/compte/connexion?retour=//evil.test/", [("Input.Email", People.Organiser), ("Input.Password", People.Password)]);
        Assert.Equal("/compte", response.Headers.Location!.OriginalString);
    }
}
