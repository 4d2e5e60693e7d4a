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

var builder = WebApplication.CreateBuilder(args);

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
builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection("Site"));
builder.Services.Configure<DemoOptions>(builder.Configuration.GetSection("Demo"));
builder.Services.AddScoped<ReferenceDataImporter>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddCatalogue();
builder.Services.AddPublicCache(builder.Configuration);
builder.Services.AddPublicApi(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddLabelling();
builder.Services.AddRegistrations(builder.Configuration);
builder.Services.AddStatisticsAndCommunication();
// Pages are written in French: accented letters go out as they are, not as numeric entities.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AddPageRoute("/Errors/Status", "/erreur/{code:int}");
});
builder.Services.AddProblemDetails();
builder.Services.AddSiteCompression();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args) is { } exitCode)
    return exitCode;

try
{
    await app.Services.PrepareDatabaseAsync(seedDemo: app.Configuration.GetValue<bool>("Demo:Seed"));
}
catch (DatabaseConfigurationException e)
{
    return StartupFailure.Report(e);
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/erreur/500");
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/erreur/{0}");
app.UseResponseCompression();
app.UseSiteStaticFiles();
app.UseRouting();
app.UseCors();
// Who is signed in is known before the cache decides: a signed-in person's page is never served to another.
app.UseAccounts();
// Before the output cache, so that cached answers count against the limit too.
app.UseRateLimiter();
app.UseOutputCache();
app.MapRazorPages();
app.MapPublicApi();
app.MapRegistrations();

app.Run();
return 0;

public partial class Program;
