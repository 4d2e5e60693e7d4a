using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Web.Accounts;

/// <summary>The account mails: confirmation, password reset, invitation. Links are absolute, built by the page.</summary>
public sealed class AccountMails(IMailSender mail)
{
    private const string Signature = "\n\n— L’équipe de la Semaine de l’Industrie\nCe message est envoyé automatiquement : merci de ne pas y répondre.";

    public Task ConfirmationAsync(AppUser user, string link) => mail.SendAsync(new OutgoingMail(user.Email!,
        "Confirmez votre adresse électronique",
        $"Bonjour {user.FullName},\n\nPour activer votre compte sur la plateforme de la Semaine de l’Industrie, confirmez votre adresse en ouvrant ce lien :\n{link}\n\nSi vous n’avez pas créé de compte, ignorez ce message." + Signature));

    public Task PasswordResetAsync(AppUser user, string link) => mail.SendAsync(new OutgoingMail(user.Email!,
        "Nouveau mot de passe",
        $"Bonjour {user.FullName},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable 3 jours) :\n{link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même." + Signature));

    public Task InvitationAsync(AppUser user, string roles, string link, string invitedBy) => mail.SendAsync(new OutgoingMail(user.Email!,
        "Invitation à la plateforme de la Semaine de l’Industrie",
        $"Bonjour {user.FullName},\n\n{invitedBy} vous invite sur la plateforme de la Semaine de l’Industrie : {roles}.\n\n" +
        $"Pour activer votre compte, choisissez votre mot de passe en ouvrant ce lien (valable 3 jours) :\n{link}" + Signature));

    public Task RoleGrantedAsync(AppUser user, string roles, string link, string invitedBy) => mail.SendAsync(new OutgoingMail(user.Email!,
        "Nouveau rôle sur la plateforme de la Semaine de l’Industrie",
        $"Bonjour {user.FullName},\n\n{invitedBy} vous a confié un nouveau rôle : {roles}.\n\nConnectez-vous pour y accéder :\n{link}" + Signature));
}
