using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SemaineIndustrie.Data.Accounts;

namespace SemaineIndustrie.Web.Accounts;

/// <summary>The one field of the "send me a link" forms.</summary>
public sealed class EmailOnlyInput
{
    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr).")]
    public string Email { get; set; } = "";
}

/// <summary>
/// A page that mails a link to the address typed (shown by _EmailOnlyForm). It says the same whether the
/// address has an account or not, so that nobody learns who has one.
/// </summary>
[EnableRateLimiting(AccountsRegistration.SignInRateLimit)]
public abstract class EmailLinkPageModel(UserManager<AppUser> users) : PageModel
{
    protected UserManager<AppUser> Users => users;
    [BindProperty] public EmailOnlyInput Input { get; set; } = new();
    public bool Sent { get; private set; }
    public abstract string Title { get; }
    public abstract string Intro { get; }
    public abstract string Button { get; }

    /// <summary>Sends the link to the account of the address typed.</summary>
    protected abstract Task SendAsync(AppUser user);

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        if (await users.FindByEmailAsync(Input.Email.Trim()) is { } user) await SendAsync(user);
        Sent = true;
        return Page();
    }
}
