using System.Text.RegularExpressions;

namespace SemaineIndustrie.Data.Registrations;

/// <summary>
/// The national code of a school or training establishment (unité administrative immatriculée, formerly RNE): seven
/// digits then a check letter, the remainder of the number by 23 in an alphabet without I, O and Q (0750655E).
/// </summary>
public static partial class Uai
{
    private const string CheckLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";

    /// <summary>The code in upper case without spaces, or null when it is not a valid UAI.</summary>
    public static string? Normalise(string? value)
    {
        var code = (value ?? "").Replace(" ", "").ToUpperInvariant();
        if (!Shape().IsMatch(code)) return null;
        var number = int.Parse(code.AsSpan(0, 7), System.Globalization.CultureInfo.InvariantCulture);
        return CheckLetters[number % 23] == code[7] ? code : null;
    }

    [GeneratedRegex("^[0-9]{7}[A-Z]$")]
    private static partial Regex Shape();
}
