using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SemaineIndustrie.Tests.Operations;

/// <summary>What the operations tests need from the machine: the repository, free loopback ports, commands run to the end.</summary>
internal static class Machine
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a command to its end; throws with its output when it fails.</summary>
    public static async Task<string> RunAsync(string file, IEnumerable<string> arguments, IDictionary<string, string>? environment = null,
        string? asUser = null, TimeSpan? timeout = null)
    {
        var start = asUser is not null && IsRoot ? new ProcessStartInfo("runuser", ["-u", asUser, "--", file, .. arguments]) : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        start.WorkingDirectory = RepositoryRoot;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        output.Append(await stdout).Append(await stderr);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output}");
        return output.ToString();
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SemaineIndustrie.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("SemaineIndustrie.slnx not found above the test's folder.");
    }
}
