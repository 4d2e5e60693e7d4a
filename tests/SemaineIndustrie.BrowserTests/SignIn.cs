using System.Text.RegularExpressions;
using SemaineIndustrie.Web.Demo;

namespace SemaineIndustrie.BrowserTests;

/// <summary>Signs a person in through the sign-in page, as they would, and says why when it fails.</summary>
internal static partial class SignIn
{
    public static async Task AsAsync(IPage page, string email, string password = DemoAccounts.Password)
    {
        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        try { await page.WaitForURLAsync(SignedIn(), new() { Timeout = 10_000 }); }
        catch (TimeoutException e) { throw new InvalidOperationException($"{email} not signed in: {page.Url}\n{await page.Locator("main").InnerTextAsync()}", e); }
    }

    [GeneratedRegex("/compte$|/comite|/organisateur|/admin")]
    private static partial Regex SignedIn();
}
