using System.Collections.Concurrent;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>A registration waiting for its turn on a session: the request, checked, and the hash of its private link.</summary>
public sealed record PendingRegistration(RegistrationRequest Request, RegistrationChannel Channel, string TokenHash);

/// <summary>What became of a queued registration, with what its first mail says when it was written (read for the whole batch).</summary>
public sealed record QueuedOutcome(RegistrationOutcome Outcome, MailFacts? Mail = null);

/// <summary>
/// Group commit of the registrations of one session (ADR 0016). When a session opens and a thousand people register
/// at the same second, each taking the session's lock and committing alone makes the last one wait for the 999 before
/// it (seconds on SQLite, whose writers queue by polling). Here the first request of a session writes alone; those who
/// arrive meanwhile wait in memory, in their order of arrival, and the next batch takes them all under one lock of the
/// session and one commit. Each keeps its own answer (confirmed, waiting, refused), given only once committed; the
/// database still checks the places (ADR 0008), so several instances stay correct, each batching its own visitors.
/// </summary>
public sealed class RegistrationQueue(IServiceScopeFactory scopes) : IUrgentWork
{
    /// <summary>
    /// Registrations written in one transaction at most. A burst of a thousand on PostgreSQL answered its last in 0.46–0.59 s
    /// with batches of 200, 0.36–0.48 s with 500 and 0.38–0.53 s with 1,000 (by hand, alternated): fewer batches mean fewer
    /// round trips under the lock, while the answers of one batch still go out as the next one is written.
    /// </summary>
    public const int MaxBatch = 500;

    private readonly ConcurrentDictionary<int, Line> lines = new();

    private sealed class Line
    {
        public readonly List<(PendingRegistration Pending, TaskCompletionSource<QueuedOutcome> Done)> Waiting = [];
        public bool Writing;
    }

    /// <summary>Some session's registrations are being written: the mails wait (<see cref="MailOutbox"/>).</summary>
    public bool InProgress => !lines.IsEmpty;

    /// <summary>Queues a registration for a session; completes once it is committed, or refused.</summary>
    public Task<QueuedOutcome> RegisterAsync(int sessionId, PendingRegistration pending)
    {
        var done = new TaskCompletionSource<QueuedOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        while (true)
        {
            var line = lines.GetOrAdd(sessionId, _ => new Line());
            bool start;
            lock (line)
            {
                // A line dropped by its writer as it went idle takes no one: start a new one.
                if (!ReferenceEquals(lines.GetValueOrDefault(sessionId), line)) continue;
                line.Waiting.Add((pending, done));
                start = !line.Writing;
                line.Writing = true;
            }
            if (start) _ = Task.Run(() => WriteAsync(sessionId, line));
            return done.Task;
        }
    }

    private async Task WriteAsync(int sessionId, Line line)
    {
        while (true)
        {
            List<(PendingRegistration Pending, TaskCompletionSource<QueuedOutcome> Done)> batch;
            lock (line)
            {
                if (line.Waiting.Count == 0)
                {
                    line.Writing = false;
                    lines.TryRemove(new KeyValuePair<int, Line>(sessionId, line));
                    return;
                }
                batch = line.Waiting.Take(MaxBatch).ToList();
                line.Waiting.RemoveRange(0, batch.Count);
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcomes = await scope.ServiceProvider.GetRequiredService<RegistrationBatch>().WriteAsync(sessionId, batch.Select(b => b.Pending).ToList(), CancellationToken.None);
                for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(outcomes[i]);
            }
            catch (Exception e)
            {
                // The database is unreachable, for instance: every request of the batch fails as it would have alone.
                foreach (var (_, done) in batch) done.TrySetException(e);
            }
        }
    }
}
