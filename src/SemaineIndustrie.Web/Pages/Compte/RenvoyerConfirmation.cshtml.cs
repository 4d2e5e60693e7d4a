using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Pages.Compte;

public sealed class RenvoyerConfirmationModel(UserManager<AppUser> users, AccountMails mails) : EmailLinkPageModel(users)
{
    public override string Title => "Recevoir un nouveau lien de confirmation";
    public override string Intro => "Indiquez l’adresse de votre compte : un nouveau lien de confirmation vous sera envoyé.";
    public override string Button => "Envoyer le lien";

    protected override async Task SendAsync(AppUser user)
    {
        if (user.EmailConfirmed) return;
        var code = Tokens.Encode(await Users.GenerateEmailConfirmationTokenAsync(user));
        await mails.ConfirmationAsync(user, Url.Page("/Compte/ConfirmerEmail", null, new { utilisateur = user.Id, code }, Request.Scheme)!);
    }
}
