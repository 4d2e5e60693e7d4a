using SemaineIndustrie.Web.Demo;
using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>
/// Commands run instead of the web server:
/// <c>migrate</c> brings the database to the current schema and loads the reference data;
/// <c>generate</c> fills it with a benchmark-sized dataset (see README);
/// <c>backup FILE</c> copies the database while the service runs, <c>restore FILE</c> puts a copy back (service stopped).
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
            case "backup" or "restore":
                if (args.Length < 2 || args[1].StartsWith('-'))
                {
                    Console.Error.WriteLine($"Indiquez le fichier : {command} CHEMIN.");
                    return 64;
                }
                var backups = new Backups(app.Services.GetRequiredService<DatabaseSettings>());
                try
                {
                    if (command == "backup") await backups.BackupAsync(args[1]);
                    else await backups.RestoreAsync(args[1]);
                }
                catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or IOException || Availability.IsDatabaseUnavailable(e))
                {
                    Console.Error.WriteLine(e.Message);
                    return 1;
                }
                Console.WriteLine(command == "backup" ? $"Sauvegarde écrite dans {Path.GetFullPath(args[1])}." : $"Base restaurée depuis {Path.GetFullPath(args[1])}.");
                return 0;
            default:
                Console.Error.WriteLine($"Commande inconnue « {command} ». Commandes : migrate, generate, backup, restore.");
                return 64;
        }
    }
}
