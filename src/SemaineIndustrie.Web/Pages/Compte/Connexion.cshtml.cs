using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

/// <summary>Sign-in: failures count towards a lockout, and posts are throttled per address.</summary>
[EnableRateLimiting(AccountsRegistration.SignInRateLimit)]
public sealed class ConnexionModel(SignInManager<AppUser> signIn, IConfiguration configuration) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "retour")] public string? ReturnUrl { get; set; }
    public string? Problem { get; private set; }
    public bool NeedsConfirmation { get; private set; }
    public bool ProConnectEnabled => ProConnect.IsConfigured(configuration);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr).")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indiquez votre mot de passe.")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(ReturnUrl));
        if (result.IsLockedOut)
            Problem = "Trop de tentatives ont échoué : ce compte est bloqué pendant 15 minutes. Vous pouvez aussi choisir un nouveau mot de passe.";
        else if (result.IsNotAllowed)
        {
            NeedsConfirmation = true;
            Problem = "Votre adresse électronique n’est pas encore confirmée : ouvrez le lien reçu par courriel.";
        }
        else
            Problem = "Adresse électronique ou mot de passe incorrect.";
        return Page();
    }

    /// <summary>Only paths of this site: a link in a phishing mail cannot send people elsewhere after sign-in.</summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : "/compte";
}
