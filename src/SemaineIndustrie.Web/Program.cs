using SemaineIndustrie.Web.Administration;
using System.Globalization;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Catalogue;
using SemaineIndustrie.Web.Demo;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Caching;
using SemaineIndustrie.Web.Infrastructure.Database;
using SemaineIndustrie.Web.Labelling;
using SemaineIndustrie.Web.Organiser;
using SemaineIndustrie.Web.Registrations;
using SemaineIndustrie.Web.Statistics;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

// Settings come from the environment and are read once: no watch on appsettings.json, whose watcher would follow every
// folder of the content root (wwwroot's hundreds) and cost 0.4 s of each cold start (issue 8).
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
// The build's static assets manifest when running from the build output (tests, in any environment); a published
// folder has none and serves its own files, compressed at publish time (MapStaticAssets, below).
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    // The map's data is about 140 kB compressed: buffered whole, it leaves in one write instead of waiting for the
    // socket three times past Kestrel's 64 kB default (issue 8, row 1).
    kestrel.Limits.MaxResponseBufferSize = 256 * 1024;
    kestrel.AddServerHeader = false;
});

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");

try
{
    builder.Services.AddAppDatabase(builder.Configuration, builder.Environment.ContentRootPath);
}
catch (DatabaseConfigurationException e)
{
    return StartupFailure.Report(e);
}
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<Microsoft.AspNetCore.Connections.IMemoryPoolFactory<byte>, LargeBlockMemoryPoolFactory>();
builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection("Site"));
builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection("Demo"));
builder.Services.AddScoped<ReferenceDataImporter>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddCatalogue();
builder.Services.AddPublicCache(builder.Configuration);
builder.Services.AddPublicApi(builder.Configuration);
builder.Services.AddInstanceSharing(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddLabelling();
builder.Services.AddRegistrations(builder.Configuration);
builder.Services.AddAdministration();
builder.Services.AddStatisticsAndCommunication();
// Pages are written in French: accented letters go out as they are, not as numeric entities.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AddPageRoute("/Errors/Status", "/erreur/{code:int}");
    options.Conventions.AddPageRoute("/Admin/Editions/Edition", "/admin/editions/nouvelle");
});
builder.Services.AddProblemDetails();
builder.Services.AddAvailability();
builder.Services.AddTextSafety();
builder.Services.AddSiteCompression();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args) is { } exitCode)
    return exitCode;

try
{
    await app.Services.PrepareDatabaseAsync(seedDemo: app.Configuration.GetValue<bool>("Demo:Seed"),
        migrate: app.Configuration.GetValue("Database:MigrateAtStartup", true));
}
catch (DatabaseConfigurationException e)
{
    return StartupFailure.Report(e);
}

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseAvailability();
    app.UseHsts();
}
app.UseSecurityHeaders();
// The map's data already built is served from memory as a static file is, before the rest (ADR 0020).
app.UseBuiltMapData();
app.UseStatusCodePagesWithReExecute("/erreur/{0}");
// Routing first: the files the build compressed (MapStaticAssets, below) are endpoints, served as built (Brotli and
// gzip at their best levels, ETag); the static files middleware serves only what is not among them.
app.UseRouting();
app.UseSiteStaticFiles();
app.UseCors();
// Who is signed in is known before the cache decides: a signed-in person's page is never served to another.
app.UseAccounts();
// Before the output cache, so that cached answers count against the limit too.
app.UseRateLimiter();
app.UseOutputCache();
// Inside the output cache: a cached page is kept compressed (one entry per Accept-Encoding) and served as it is,
// rather than compressed again for every visitor.
app.UseResponseCompression();
app.MapHealth();
app.MapStaticAssets();
app.MapRazorPages();
app.MapPublicApi();
app.MapRegistrations();
app.MapEventPictures();

app.Run();
return 0;

public partial class Program;
