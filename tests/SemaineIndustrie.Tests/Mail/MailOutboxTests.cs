using Microsoft.Extensions.Logging.Abstractions;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Tests.Mail;

/// <summary>
/// The outbox's own promises (ADR 0017): in order, retried, drained on stop. The transport here is a recording one,
/// as what is tested is the queue; the registration tests send through a real SMTP server.
/// </summary>
public class MailOutboxTests
{
    private sealed class Transport(int failuresFirst = 0) : IMailSender
    {
        private int failures = failuresFirst;
        public readonly List<string> Sent = [];
        public int Attempts;
        /// <summary>Sending waits for this: the test decides when the server answers.</summary>
        public readonly TaskCompletionSource Open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task SendAsync(OutgoingMail mail, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Attempts);
            await Open.Task;
            if (Interlocked.Decrement(ref failures) >= 0) throw new IOException("Le serveur de courriel ne répond pas.");
            lock (Sent) Sent.Add(mail.Subject);
        }
    }

    /// <summary>A rush of registrations, started and ended by the test.</summary>
    private sealed class Rush : IUrgentWork
    {
        public volatile bool Busy = true;
        public bool InProgress => Busy;
    }

    /// <summary>An outbox started on the transport, held back by the urgent work given.</summary>
    private static async Task<MailOutbox> StartedAsync(Transport transport, params IUrgentWork[] urgent)
    {
        var outbox = new MailOutbox(transport, NullLogger<MailOutbox>.Instance, urgent, TimeProvider.System);
        await outbox.StartAsync(CancellationToken.None);
        return outbox;
    }

    private static OutgoingMail Mail(string subject) => new("camille@outbox.test", subject, "Bonjour");

    [Fact]
    public async Task MailsLeaveInTheOrderTheyWerePostedWithoutMakingThePosterWait()
    {
        var transport = new Transport();
        var outbox = await StartedAsync(transport);

        // The mail server does not answer yet: posting returns all the same, nothing sent.
        foreach (var subject in new[] { "Liste d’attente", "Une place s’est libérée", "Rappel" }) outbox.Post(Mail(subject));
        Assert.Empty(transport.Sent);

        transport.Open.SetResult();
        await outbox.WhenSentAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["Liste d’attente", "Une place s’est libérée", "Rappel"], transport.Sent);
        await outbox.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AFailedSendIsTriedAgainThenGivenUpWithoutBlockingTheNextOnes()
    {
        var transport = new Transport(failuresFirst: MailOutbox.Attempts + 1);
        transport.Open.SetResult();
        var outbox = await StartedAsync(transport);

        outbox.Post(Mail("Perdu"));   // fails three times: given up
        outbox.Post(Mail("Retardé")); // fails once more, then leaves
        await outbox.WhenSentAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["Retardé"], transport.Sent);
        Assert.Equal(MailOutbox.Attempts + 2, transport.Attempts);
        await outbox.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StoppingSendsWhatWasPostedAndRefusesNothingSilently()
    {
        var transport = new Transport();
        var outbox = await StartedAsync(transport);
        for (var i = 1; i <= 5; i++) outbox.Post(Mail($"Confirmation {i}"));

        var stopping = outbox.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted); // the stop waits for the five mails
        transport.Open.SetResult();
        await stopping;

        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Confirmation {i}"), transport.Sent);
        outbox.Post(Mail("Après l’arrêt")); // logged, not queued forever
        await outbox.WhenSentAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(5, transport.Sent.Count);
    }

    [Fact]
    public async Task MailsWaitForUrgentWorkToEndThenLeave()
    {
        var transport = new Transport();
        transport.Open.SetResult();
        var rush = new Rush();
        var outbox = await StartedAsync(transport, rush);

        outbox.Post(Mail("Liste d’attente"));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(transport.Sent); // the registrations being written go first

        rush.Busy = false;
        await outbox.WhenSentAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["Liste d’attente"], transport.Sent);
        await outbox.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AMailWaitsForUrgentWorkNoLongerThanTheMaximum()
    {
        var transport = new Transport();
        transport.Open.SetResult();
        var outbox = await StartedAsync(transport, new Rush());

        outbox.Post(Mail("Inscription confirmée"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(transport.Sent);
        // The rush never ends: the mail leaves all the same once it has waited the maximum.
        await outbox.WhenSentAsync(MailOutbox.MaxDeferral + TimeSpan.FromSeconds(10));
        Assert.Equal(["Inscription confirmée"], transport.Sent);
        await outbox.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task StoppingSendsAtOnceWhatUrgentWorkWasHolding()
    {
        var transport = new Transport();
        transport.Open.SetResult();
        var outbox = await StartedAsync(transport, new Rush());
        for (var i = 1; i <= 3; i++) outbox.Post(Mail($"Confirmation {i}"));

        // The host gives the stop less time than a mail may wait for urgent work: none is lost.
        using var hostPatience = new CancellationTokenSource(MailOutbox.MaxDeferral / 2);
        await outbox.StopAsync(hostPatience.Token);
        Assert.Equal(Enumerable.Range(1, 3).Select(i => $"Confirmation {i}"), transport.Sent);
    }
}
