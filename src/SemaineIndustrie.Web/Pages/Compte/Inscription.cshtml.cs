using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

[EnableRateLimiting(AccountsRegistration.SignInRateLimit)]
public sealed class InscriptionModel(UserManager<AppUser> users, AccountMails mails, TimeProvider clock) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Indiquez vos nom et prénom.")]
        [StringLength(AppUser.FullNameMaxLength, ErrorMessage = "Le nom ne doit pas dépasser {1} caractères.")]
        public string FullName { get; set; } = "";

        [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr).")]
        [StringLength(254, ErrorMessage = "L’adresse ne doit pas dépasser {1} caractères.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [StringLength(200, MinimumLength = 12, ErrorMessage = "Le mot de passe doit compter au moins {2} caractères.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Saisissez à nouveau le mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = new AppUser
        {
            UserName = Input.Email.Trim(), Email = Input.Email.Trim(), FullName = Input.FullName.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            return Page();
        }
        var code = Tokens.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        await mails.ConfirmationAsync(user, Url.Page("/Compte/ConfirmerEmail", null, new { utilisateur = user.Id, code }, Request.Scheme)!);
        Sent = true;
        return Page();
    }
}
