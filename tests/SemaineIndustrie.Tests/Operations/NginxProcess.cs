using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SemaineIndustrie.Tests.Operations;

/// <summary>Debian's nginx running deploy/nginx-semaine-industrie.conf (the file docs/deploy.md installs), with the test's ports.</summary>
public sealed partial class NginxProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    private NginxProcess(Process process, string folder, int port) => (this.process, this.folder, Port) = (process, folder, port);

    public static async Task<NginxProcess> StartAsync(params int[] upstreamPorts)
    {
        var port = Machine.FreePort();
        var folder = Directory.CreateTempSubdirectory("semaine-nginx-").FullName;
        // nginx's workers run as nobody when the tests run as root: they need to reach the configuration and temporary folders.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        var site = await File.ReadAllTextAsync(Path.Combine(Machine.RepositoryRoot, "deploy", "nginx-semaine-industrie.conf"));
        var servers = string.Join("\n", upstreamPorts.Select(p => $"    server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;"));
        site = UpstreamServers().Replace(site, servers + "\n", 1);
        site = site.Replace("listen 80;", $"listen 127.0.0.1:{port};");
        await File.WriteAllTextAsync(Path.Combine(folder, "site.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 512; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                include {{folder}}/site.conf;
            }
            """);
        var process = Process.Start(new ProcessStartInfo("/usr/sbin/nginx", ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true,
        })!;
        var nginx = new NginxProcess(process, folder, port);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            try { await client.GetAsync(new Uri(nginx.BaseAddress, "/health")); return nginx; }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { await Task.Delay(100); }
        }
        throw new TimeoutException("nginx did not listen.");
    }

    [GeneratedRegex(@"(    server 127\.0\.0\.1:\d+[^\n]*\n)+")]
    private static partial Regex UpstreamServers();

    public async ValueTask DisposeAsync()
    {
        // The whole tree: killed alone, the master would leave its workers listening (as nobody) after the tests.
        if (!process.HasExited) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        process.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
