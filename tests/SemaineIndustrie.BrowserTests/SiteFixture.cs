using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace SemaineIndustrie.BrowserTests;

/// <summary>
/// The real site on Kestrel (loopback, free port) with a fresh SQLite demo database, plus one headless
/// Debian Chromium, shared by every test of the run: starting the site loads 35k communes and seeds the demo.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "si-browser-" + Guid.NewGuid().ToString("N"));
    private SiteFactory? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;
    /// <summary>Where the site writes its mail, as .eml files (no SMTP server in the browser tests).</summary>
    public string MailFolder => Path.Combine(_dataFolder, "mail");
    public IServiceProvider Services => _factory!.Services;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataFolder);
        var port = FreeLoopbackPort();
        _factory = new SiteFactory(Path.Combine(_dataFolder, "app.db"), MailFolder);
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");

        // The server is started; the home page must answer before a browser is pointed at it.
        using (var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) })
        {
            var response = await http.GetAsync("/");
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"The site at {BaseAddress} answered {(int)response.StatusCode} on / instead of 200.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page in its own context (no shared cookies), in French like the site's visitors.</summary>
    /// <param name="injectsScripts">The test adds its own script (axe-core) to the page: the site's CSP would refuse it.</param>
    public async Task<IPage> NewPageAsync(bool injectsScripts = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = injectsScripts,
            BaseURL = BaseAddress.ToString(),
            Locale = "fr-FR",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>The mails sent to an address, oldest first, as subject and text, once the site has sent what it posted (ADR 0017).</summary>
    public IReadOnlyList<(string Subject, string Body)> MailTo(string address)
    {
        Services.GetRequiredService<SemaineIndustrie.Web.Mail.MailOutbox>().WhenSentAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
        return (Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [])
            .OrderBy(File.GetLastWriteTimeUtc)
            .Select(path => MimeKit.MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => (m.Subject ?? "", m.TextBody ?? ""))
            .ToList();
    }

    /// <summary>Adds what a journey needs beyond the demo, through the site's own database context.</summary>
    public async Task WithDbAsync(Func<SemaineIndustrie.Data.AppDbContext, Task> work)
    {
        using var scope = _factory!.Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<SemaineIndustrie.Data.AppDbContext>());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null)
            await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class SiteFactory(string databasePath, string mailFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Default", $"Data Source={databasePath}");
            builder.UseSetting("Demo:Seed", "true");
            builder.UseSetting("Demo:EventsInOpenEdition", "300");
            builder.UseSetting("Mail:PickupFolder", mailFolder);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
