using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

public sealed class ConfirmerEmailModel(UserManager<AppUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? utilisateur, string? code)
    {
        if (utilisateur is null || Tokens.Decode(code) is not { } token || await users.FindByIdAsync(utilisateur) is not { } user) return;
        Confirmed = (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
