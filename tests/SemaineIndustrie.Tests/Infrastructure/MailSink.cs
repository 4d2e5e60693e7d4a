using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using MimeKit;

namespace SemaineIndustrie.Tests.Infrastructure;

/// <summary>A mail as the test reads it.</summary>
public sealed partial record ReceivedMail(string To, string Subject, string Body)
{
    /// <summary>The first link of the mail whose path starts with the given one.</summary>
    public string Link(string pathStart)
    {
        var match = Links().Matches(Body).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith(pathStart, StringComparison.Ordinal));
        return match?.PathAndQuery ?? throw new InvalidOperationException($"No link to {pathStart} in « {Subject} »:\n{Body}");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();
}

/// <summary>
/// A real SMTP server (Debian's python3-aiosmtpd) on a free loopback port, writing each message to a folder:
/// the application sends through MailKit exactly as in production.
/// </summary>
public sealed class MailSink : IAsyncDisposable
{
    private readonly Process process;
    public int Port { get; }
    public string Folder { get; }

    private MailSink(Process process, int port, string folder) { this.process = process; Port = port; Folder = folder; }

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:Smtp:Host"] = "127.0.0.1", ["Mail:Smtp:Port"] = Port.ToString(), ["Mail:Smtp:Security"] = "None",
    };

    public static async Task<MailSink> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "semaine-mail-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("PYTHON3") ?? "/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "mailsink.FolderHandler", folder },
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = Path.Combine(AppContext.BaseDirectory, "Infrastructure");
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new MailSink(process, port, folder);
            }
            catch (SocketException) when (clock.Elapsed < TimeSpan.FromSeconds(15) && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException e)
            {
                throw new InvalidOperationException(
                    $"The test SMTP server did not start (install python3-aiosmtpd: scripts/install-test-prerequisites.sh). {process.StandardError.ReadToEnd()}", e);
            }
        }
    }

    /// <summary>
    /// Waits until the application has handed over every mail it posted (its <c>MailOutbox</c> sends confirmations
    /// after answering, ADR 0017); set by the application that sends here.
    /// </summary>
    public Func<Task>? Settle { get; set; }

    public IReadOnlyList<ReceivedMail> All()
    {
        Settle?.Invoke().GetAwaiter().GetResult();
        return Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(Read).ToList();
    }

    public IReadOnlyList<ReceivedMail> To(string address) =>
        All().Where(m => m.To.Equals(address, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The last mail sent to the address.</summary>
    public ReceivedMail Last(string address) =>
        To(address).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {address}; received: {string.Join(", ", All().Select(m => m.To + " « " + m.Subject + " »"))}");

    private static ReceivedMail Read(string path)
    {
        var message = MimeMessage.Load(path);
        return new ReceivedMail(message.To.Mailboxes.First().Address, message.Subject ?? "", message.TextBody ?? "");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
