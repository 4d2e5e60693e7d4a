using SemaineIndustrie.Web.Demo;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>
/// Commands run instead of the web server:
/// <c>migrate</c> brings the database to the current schema and loads the reference data;
/// <c>generate</c> fills it with a benchmark-sized dataset (see README).
/// </summary>
internal static class CommandLine
{
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        // Only the first argument names a command; the rest are its options or ASP.NET Core settings.
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') ? args[0] : null;
        switch (command)
        {
            case null:
                return null;
            case "migrate":
                try { await app.Services.PrepareDatabaseAsync(seedDemo: false); }
                catch (DatabaseConfigurationException e) { return StartupFailure.Report(e); }
                Console.WriteLine("Base de données à jour.");
                return 0;
            case "generate":
                try { await app.Services.PrepareDatabaseAsync(seedDemo: false); }
                catch (DatabaseConfigurationException e) { return StartupFailure.Report(e); }
                return await GenerateCommand.RunAsync(app.Services, args);
            default:
                Console.Error.WriteLine($"Commande inconnue « {command} ». Commandes : migrate, generate.");
                return 64;
        }
    }
}
