using System.Globalization;
using SemaineIndustrie.Web.Catalogue;

namespace SemaineIndustrie.Web.Demo;

/// <summary>The options of the <c>generate</c> command, read by hand: three numbers do not need a parsing library.</summary>
internal sealed record GenerateArguments(int Editions, int Events, int Seed, bool ShowHelp, int Registrations = 0)
{
    public const int MaxEditions = 100;
    public const int MaxEvents = 100_000;
    public const int MaxRegistrations = 10_000_000;

    public const string Usage =
        "Utilisation : generate [--editions N] [--events N] [--registrations N] [--seed N]\n" +
        "  --editions  nombre d’éditions les plus récentes à remplir (1 à 100, 15 par défaut)\n" +
        "  --events    nombre d’événements visé par édition (1 à 100 000, 10 000 par défaut)\n" +
        "  --registrations  nombre total d’inscriptions visé, réparties sur les créneaux (aucune par défaut)\n" +
        "  --seed      graine du tirage aléatoire, pour refaire le même jeu de données (42 par défaut)";

    /// <summary>Accepts « --events 10000 » and « --events=10000 »; anything else is an error, never silently ignored.</summary>
    public static bool TryParse(IReadOnlyList<string> args, out GenerateArguments result, out string error)
    {
        result = new GenerateArguments(15, 10_000, 42, false);
        error = "";
        var commandSeen = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!commandSeen && arg == "generate") { commandSeen = true; continue; }
            if (arg is "--help" or "-h") { result = result with { ShowHelp = true }; continue; }

            var (name, value) = arg.Split('=', 2) is [var n, var v] ? (n, (string?)v) : (arg, null);
            if (name is not ("--editions" or "--events" or "--registrations" or "--seed"))
            {
                error = $"Argument inconnu « {arg} ».";
                return false;
            }
            value ??= i + 1 < args.Count ? args[++i] : null;
            if (value is null)
            {
                error = $"L’option {name} attend un nombre.";
                return false;
            }
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                error = $"L’option {name} attend un nombre entier positif, pas « {value} ».";
                return false;
            }
            switch (name)
            {
                case "--editions" when number is < 1 or > MaxEditions:
                    error = $"--editions doit être compris entre 1 et {MaxEditions} (reçu : {number}).";
                    return false;
                case "--events" when number is < 1 or > MaxEvents:
                    error = $"--events doit être compris entre 1 et {FrenchTime.Number(MaxEvents)} (reçu : {number}).";
                    return false;
                case "--registrations" when number > MaxRegistrations:
                    error = $"--registrations doit être compris entre 0 et {FrenchTime.Number(MaxRegistrations)} (reçu : {number}).";
                    return false;
                case "--registrations": result = result with { Registrations = number }; break;
                case "--editions": result = result with { Editions = number }; break;
                case "--events": result = result with { Events = number }; break;
                default: result = result with { Seed = number }; break;
            }
        }
        return true;
    }
}
