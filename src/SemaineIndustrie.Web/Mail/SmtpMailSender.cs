using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace SemaineIndustrie.Web.Mail;

/// <summary>Sends through the SMTP server of <c>Mail:Smtp</c>, one connection per mail (volumes are small).</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host ?? "localhost", smtp.Port, security, ct);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        await client.SendAsync(MimeMessages.Create(mail, settings), ct);
        await client.DisconnectAsync(quit: true, ct);
        logger.LogInformation("Courriel « {Subject} » envoyé.", mail.Subject);
    }
}
