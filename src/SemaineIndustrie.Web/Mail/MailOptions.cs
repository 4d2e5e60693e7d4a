namespace SemaineIndustrie.Web.Mail;

/// <summary>Settings under <c>Mail</c> (see README): an SMTP server when <c>Mail:Smtp:Host</c> is set, else a pickup folder.</summary>
public sealed class MailOptions
{
    public string FromAddress { get; set; } = "ne-pas-repondre@semaine-industrie.localhost";
    public string FromName { get; set; } = "Semaine de l’Industrie";
    /// <summary>Where .eml files are written when no SMTP server is set; relative to the content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";
    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary><c>Auto</c> (STARTTLS when offered), <c>SslOnConnect</c>, <c>StartTls</c> or <c>None</c>.</summary>
    public string Security { get; set; } = "Auto";
}
