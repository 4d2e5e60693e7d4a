using System.Diagnostics;
using Xunit.Abstractions;

namespace SemaineIndustrie.BenchSmoke;

public sealed class SmokeRunTests(ITestOutputHelper output)
{
    // The first run publishes the application and the template in Release (minutes on a busy 2-core machine: the
    // application ships 3,000 static files); later runs reuse both, and the smoke itself takes about a minute.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task SmokeRunMeasuresEveryScenarioWithoutAnEndpointError()
    {
        var repo = RepositoryRoot();
        var results = Directory.CreateTempSubdirectory("bench-smoke-");
        try
        {
            var (exitCode, log) = await RunAsync(repo, "bench/run.sh", "--smoke", "--provider", "sqlite", "--results-dir", results.FullName);
            output.WriteLine(log);
            Assert.True(exitCode == 0, $"bench/run.sh --smoke exited with {exitCode}:\n{Tail(log)}");

            var report = File.ReadAllText(Assert.Single(results.GetFiles("*-sqlite-*.md")).FullName);
            foreach (var row in new[]
            {
                "| 1. Map data (GeoJSON) of the open edition |", "| 1. ref. nginx, same bytes pre-gzipped (gzip_static) |",
                "| 2. Filtered search, JSON |", "| 3. List page with filters, HTML |", "| 3. ref. dotnet new webapp home page |",
                "| 4. Event page |", "| 5. Registration burst (1,000 attempts, 30 places) |",
                "| cold start, process start to first 200 on / (median of the starts: ", "| peak memory of the application (VmHWM) |",
                "| 4. Event page: first visit of each of its ",
                "| home page downloaded, compressed |",
            })
                Assert.Contains(row, report);
        }
        finally
        {
            results.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string directory, string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        // Its own ports, so that a full benchmark or another run on the same machine cannot take them.
        start.Environment["BENCH_PORT_BASE"] = FreePortBase().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM first: the harness then stops the servers it started; a kill would leave them running.
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString()])!) await term.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try { await process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SemaineIndustrie.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("SemaineIndustrie.slnx not found above the test's folder.");
    }

    private static string Tail(string log) => string.Join('\n', log.Split('\n').TakeLast(30));

    /// <summary>The first of three consecutive loopback ports that are free now (the app, the template, nginx).</summary>
    private static int FreePortBase()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20000, 40000);
            if (Enumerable.Range(candidate, 3).All(IsFree)) return candidate;
        }
        throw new InvalidOperationException("No three consecutive free loopback ports between 20000 and 40000.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }
}
