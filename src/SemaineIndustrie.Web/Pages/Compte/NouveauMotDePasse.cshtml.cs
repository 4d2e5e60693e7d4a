using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

/// <summary>
/// Chooses a new password from a link sent by mail: after « mot de passe oublié », and to activate an account
/// an administrator opened (an invitation). Receiving the link proves the address, so it is confirmed too.
/// </summary>
[EnableRateLimiting(AccountsRegistration.SignInRateLimit)]
public sealed class NouveauMotDePasseModel(UserManager<AppUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Utilisateur { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Done { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "Le mot de passe doit compter au moins {2} caractères.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Saisissez à nouveau le mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = Utilisateur is null ? null : await users.FindByIdAsync(Utilisateur);
        var token = Tokens.Decode(Code);
        var result = user is null || token is null
            ? IdentityResult.Failed(new FrenchIdentityErrors().InvalidToken())
            : await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("Input.Password", error.Description);
            return Page();
        }
        if (!user!.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        Done = true;
        return Page();
    }
}
