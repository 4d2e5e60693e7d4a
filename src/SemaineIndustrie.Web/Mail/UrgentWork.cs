namespace SemaineIndustrie.Web.Mail;

/// <summary>
/// Work that people are waiting on right now (a rush of registrations being written), before which the
/// <see cref="MailOutbox"/> lets its mails wait, for <see cref="MailOutbox.MaxDeferral"/> at most.
/// </summary>
public interface IUrgentWork
{
    bool InProgress { get; }
}
