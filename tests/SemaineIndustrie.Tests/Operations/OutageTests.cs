using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace SemaineIndustrie.Tests.Operations;

/// <summary>PostgreSQL stopped and restarted under load: a clear 503 meanwhile, /health says so, and recovery without a restart.</summary>
[Collection(OperationsCollection.Name)]
public sealed class OutageTests
{
    [Fact]
    public async Task WhilePostgresIsDownRequestsFailFastWithA503AndTheServiceRecoversByItself()
    {
        await using var cluster = await PostgresCluster.StartAsync();
        var connection = await cluster.CreateDatabaseAsync("semaine");
        var mail = Directory.CreateTempSubdirectory("semaine-ops-mail-").FullName;
        await using var app = await AppProcess.StartAsync(Scenarios.Settings("Postgres", connection, mail, seed: true));
        using var client = app.Client();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        // Under load: searches nobody made before (the cache cannot answer them), pages and API alike.
        var load = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var url = worker % 2 == 0 ? $"/api/v1/events?q=usine{worker}x{i}" : $"/evenements?q=atelier{worker}x{i}";
                try { statuses.Add((await client.GetAsync(url)).StatusCode); }
                catch (TaskCanceledException) { statuses.Add(HttpStatusCode.RequestTimeout); }
                await Task.Delay(50);
            }
        })).ToList();
        await Task.Delay(1000);

        await cluster.StopAsync();
        var watch = Stopwatch.StartNew();
        var api = await client.GetAsync("/api/v1/events?q=fonderie-pendant-la-panne");
        var page = await client.GetAsync("/evenements?q=fonderie-pendant-la-panne");
        var health = await client.GetAsync("/health");
        watch.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        using (var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
            Assert.Equal("Service momentanément indisponible", problem.RootElement.GetProperty("title").GetString());
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Service momentanément indisponible", html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain("Npgsql", html);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        using (var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()))
            Assert.Equal("Unhealthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        // Fail fast: a stopped server refuses connections, so three answers come at once, not after hanging.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"The three answers took {watch.Elapsed}.");

        await cluster.RestartAsync();
        var recovered = false;
        for (var attempt = 0; attempt < 60 && !recovered; attempt++)
        {
            recovered = (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK;
            if (!recovered) await Task.Delay(500);
        }
        Assert.True(recovered, "/health did not come back within 30 s of PostgreSQL's restart.");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events?q=fonderie-apres-la-panne")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/evenements?q=fonderie-apres-la-panne")).StatusCode);
        stop.Cancel();
        await Task.WhenAll(load);

        // Under load, every answer was either the normal one or the clear 503: never a 500, never a hang.
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Directory.Delete(mail, recursive: true);
    }
}
