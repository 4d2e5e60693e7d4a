using SemaineIndustrie.Web.Infrastructure.Database;

namespace SemaineIndustrie.Web.Infrastructure;

/// <summary>Stops the application with a message an operator can act on, instead of a stack trace.</summary>
internal static class StartupFailure
{
    public static int Report(DatabaseConfigurationException e)
    {
        Console.Error.WriteLine($"Démarrage impossible : {e.Message}");
        return 2;
    }
}
