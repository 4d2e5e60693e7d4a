using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

/// <summary>Sign-in through ProConnect (see <see cref="Accounts.ProConnect"/>); answers 404 when it is not configured.</summary>
public sealed class ProConnectModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IConfiguration configuration, TimeProvider clock) : PageModel
{
    public string? Problem { get; private set; }

    /// <summary>The address alone is no page: it showed an empty error. Sign-in starts from the sign-in page's button (a post).</summary>
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost(string? retour)
    {
        if (!Accounts.ProConnect.IsConfigured(configuration)) return NotFound();
        var redirect = Url.Page("/Compte/ProConnect", "Retour", new { retour = ConnexionModel.SafeReturnUrl(retour) });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(Accounts.ProConnect.Scheme, redirect), Accounts.ProConnect.Scheme);
    }

    public async Task<IActionResult> OnGetRetourAsync(string? retour)
    {
        if (!Accounts.ProConnect.IsConfigured(configuration)) return NotFound();
        if (await signIn.GetExternalLoginInfoAsync() is not { } info)
        {
            Problem = "La connexion avec ProConnect n’a pas abouti : réessayez.";
            return Page();
        }
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (result.Succeeded) return LocalRedirect(ConnexionModel.SafeReturnUrl(retour));
        if (result.IsLockedOut) { Problem = "Ce compte est bloqué pendant 15 minutes."; return Page(); }

        var email = info.Principal.FindFirstValue(ClaimTypes.Email);
        if (string.IsNullOrEmpty(email)) { Problem = "ProConnect n’a pas transmis votre adresse électronique."; return Page(); }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var name = $"{info.Principal.FindFirstValue(ClaimTypes.GivenName)} {info.Principal.FindFirstValue(ClaimTypes.Surname) ?? info.Principal.FindFirstValue("usual_name")}".Trim();
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name.Length > 0 ? name : email, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            if (!(await users.CreateAsync(user)).Succeeded) { Problem = "Le compte n’a pas pu être créé."; return Page(); }
        }
        else if (!user.EmailConfirmed)
        {
            // ProConnect vouches for the address: an invited agent's account is activated this way too.
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        var linked = await users.AddLoginAsync(user, info);
        if (!linked.Succeeded) { Problem = linked.Errors.First().Description; return Page(); }
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(ConnexionModel.SafeReturnUrl(retour));
    }
}
