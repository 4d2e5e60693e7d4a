namespace SemaineIndustrie.Web.Mail;

/// <summary>A plain-text mail to one person; the platform writes short messages with a link.</summary>
public sealed record OutgoingMail(string To, string Subject, string Body);

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken ct = default);
}
