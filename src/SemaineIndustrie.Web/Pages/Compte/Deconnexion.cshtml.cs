using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Data.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

/// <summary>Signing out is a post (with its antiforgery token), so that no link or image can sign a person out.</summary>
public sealed class DeconnexionModel(SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
