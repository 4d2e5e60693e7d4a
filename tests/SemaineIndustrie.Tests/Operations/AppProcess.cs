using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace SemaineIndustrie.Tests.Operations;

/// <summary>
/// The application as production runs it: its own process (the built SemaineIndustrie.Web.dll, Production settings), on a
/// loopback port, stopped with SIGKILL when a test says so.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    private readonly string home;

    private AppProcess(Process process, int port, string home)
    {
        this.process = process;
        this.home = home;
        Port = port;
    }

    /// <summary>Starts an instance and waits for /health to answer 200.</summary>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null)
    {
        var web = Path.Combine(Machine.RepositoryRoot, "src", "SemaineIndustrie.Web");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<Configuration>/net10.0
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "SemaineIndustrie.Web.dll");
        var chosen = port ?? Machine.FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{chosen}"])
        {
            WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0";
        // A home of its own, as on a machine of its own: nothing shared through ~/.aspnet, only through the database.
        var home = Directory.CreateTempSubdirectory("semaine-ops-home-").FullName;
        start.Environment["HOME"] = home;
        foreach (var (key, value) in settings) start.Environment[key] = value;
        var app = new AppProcess(Process.Start(start)!, chosen, home);
        app.process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        await app.WaitHealthyAsync(TimeSpan.FromMinutes(3));
        return app;
    }

    public HttpClient Client(CookieContainer? cookies = null) => new(new HttpClientHandler
    {
        AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer(), UseCookies = true,
    }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task WaitHealthyAsync(TimeSpan limit)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                process.WaitForExit(); // the rest of its output
                throw new InvalidOperationException($"The application exited with {process.ExitCode}:\n{Tail}");
            }
            try
            {
                if ((await client.GetAsync(new Uri(BaseAddress, "/health"))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The application did not answer /health within {limit}:\n{Tail}");
    }

    /// <summary>kill -9: no shutdown, no flush, no goodbye.</summary>
    public async Task KillAsync()
    {
        if (process.HasExited) return;
        process.Kill();
        await process.WaitForExitAsync();
    }

    public string Tail => string.Join('\n', output.TakeLast(60));

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 400) output.TryDequeue(out _);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Directory.Delete(home, recursive: true);
    }
}
