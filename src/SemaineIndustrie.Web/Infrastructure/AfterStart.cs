namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>
/// For background work that can wait: it starts once the application serves pages, and a moment later, so that it
/// does not share the two cores with the first requests (the cold start is the time to the first page, issue 8).
/// </summary>
public static class AfterStart
{
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    public static async Task WaitAsync(IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(ct);
        await Task.Delay(Delay, ct);
    }
}
