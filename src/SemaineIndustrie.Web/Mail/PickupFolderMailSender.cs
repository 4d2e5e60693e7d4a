using Microsoft.Extensions.Options;

namespace SemaineIndustrie.Web.Mail;

/// <summary>Development: each mail becomes an .eml file that any mail reader opens.</summary>
public sealed class PickupFolderMailSender(IOptions<MailOptions> options, IWebHostEnvironment environment, TimeProvider clock) : IMailSender
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupFolder));

    public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml";
        await using var file = File.Create(Path.Combine(Folder, name));
        await MimeMessages.Create(mail, options.Value).WriteToAsync(file, ct);
    }
}
