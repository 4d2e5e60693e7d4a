using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

public sealed class MotDePasseOublieModel(UserManager<AppUser> users, AccountMails mails) : EmailLinkPageModel(users)
{
    public override string Title => "Mot de passe oublié";
    public override string Intro => "Indiquez l’adresse de votre compte : un lien pour choisir un nouveau mot de passe vous sera envoyé.";
    public override string Button => "Recevoir le lien";

    protected override async Task SendAsync(AppUser user)
    {
        var code = Tokens.Encode(await Users.GeneratePasswordResetTokenAsync(user));
        await mails.PasswordResetAsync(user, Url.Page("/Compte/NouveauMotDePasse", null, new { utilisateur = user.Id, code }, Request.Scheme)!);
    }
}
