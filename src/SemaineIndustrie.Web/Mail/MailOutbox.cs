using System.Threading.Channels;

namespace SemaineIndustrie.Web.Mail;

/// <summary>
/// Mails sent after the answer (ADR 0017): the registration desk posts its confirmations here and answers at once; one
/// background sender hands them to the transport (<see cref="IMailSender"/>: SMTP or the pickup folder) in the order
/// they were posted, trying a failed one three times. Held in memory: what is posted before the application stops is
/// still sent while the host waits for it to stop; a process killed outright loses the mails not yet sent, as it lost
/// before the mail being written when the answer was. While urgent work is in progress (<see cref="IUrgentWork"/>: a
/// thousand people registering for one session in the same second), mails wait for it to end, or for
/// <see cref="MaxDeferral"/> after they were posted: on two cores, building and handing over a thousand mails during the
/// rush made the last registrants wait for their answer a third longer (issue 8).
/// </summary>
public sealed class MailOutbox(IMailSender sender, ILogger<MailOutbox> logger, IEnumerable<IUrgentWork> urgent, TimeProvider clock) : IHostedService
{
    /// <summary>The longest a mail waits for urgent work to end before it is sent all the same.</summary>
    public static readonly TimeSpan MaxDeferral = TimeSpan.FromSeconds(5);

    /// <summary>How often a waiting mail looks whether urgent work has ended.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    private readonly IUrgentWork[] urgentWork = urgent.ToArray();

    /// <summary>Tries per mail; the waits between them are <see cref="RetryDelay"/>, then twice as long.</summary>
    public const int Attempts = 3;
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private readonly Channel<(OutgoingMail Mail, long PostedAt)> queue =
        Channel.CreateUnbounded<(OutgoingMail, long)>(new UnboundedChannelOptions { SingleReader = true });
    // Cancelled once stopped (never disposed: the host may stop an application twice).
    private readonly CancellationTokenSource abort = new();
    private Task sending = Task.CompletedTask;
    private int unsent;
    private volatile bool stopping;

    /// <summary>Queues a mail; returns at once.</summary>
    public void Post(OutgoingMail mail)
    {
        Interlocked.Increment(ref unsent);
        if (queue.Writer.TryWrite((mail, clock.GetTimestamp()))) return;
        Interlocked.Decrement(ref unsent);
        logger.LogWarning("Courriel « {Subject} » non envoyé : l’application s’arrête.", mail.Subject);
    }

    /// <summary>Completes once every mail posted so far has been handed to the transport, or given up.</summary>
    public async Task WhenSentAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (Volatile.Read(ref unsent) > 0) await Task.Delay(10, limit.Token);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        sending = Task.Run(SendAllAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Sends what was posted before the stop, for as long as the host waits.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        queue.Writer.TryComplete();
        await Task.WhenAny(sending, Task.Delay(Timeout.Infinite, cancellationToken));
        await abort.CancelAsync();
    }

    private async Task SendAllAsync()
    {
        await foreach (var (mail, postedAt) in queue.Reader.ReadAllAsync())
        {
            // Once stopping, what is left goes at once: the host waits for it only so long.
            while (!stopping && urgentWork.Any(w => w.InProgress) && clock.GetElapsedTime(postedAt) < MaxDeferral)
                await Task.Delay(Pause, clock);
            await SendAsync(mail);
            Interlocked.Decrement(ref unsent);
        }
    }

    private async Task SendAsync(OutgoingMail mail)
    {
        var delay = RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await sender.SendAsync(mail, abort.Token);
                return;
            }
            catch (Exception e) when (attempt < Attempts && !abort.IsCancellationRequested)
            {
                logger.LogInformation(e, "Courriel « {Subject} » : essai {Attempt} manqué, nouvel essai dans {Delay} s.", mail.Subject, attempt, delay.TotalSeconds);
                try { await Task.Delay(delay, abort.Token); } catch (OperationCanceledException) { }
                delay *= 2;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Courriel « {Subject} » non envoyé.", mail.Subject);
                return;
            }
        }
    }
}
