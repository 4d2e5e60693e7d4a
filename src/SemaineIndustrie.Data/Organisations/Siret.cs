namespace SemaineIndustrie.Data.Organisations;

/// <summary>The French establishment identifier: 14 digits with a Luhn check digit.</summary>
public static class Siret
{
    // La Poste's establishments share one SIREN and are checked by the sum of their digits instead.
    private const string LaPosteSiren = "356000000";

    /// <summary>Removes the spaces people type between the groups of digits.</summary>
    public static string Normalise(string value) => new(value.Where(c => !char.IsWhiteSpace(c)).ToArray());

    public static bool IsValid(string? value)
    {
        if (value is null) return false;
        var digits = Normalise(value);
        if (digits.Length != 14 || !digits.All(char.IsAsciiDigit)) return false;
        if (digits.StartsWith(LaPosteSiren, StringComparison.Ordinal) && digits != "35600000000048")
            return digits.Sum(c => c - '0') % 5 == 0;
        return LuhnSum(digits) % 10 == 0;
    }

    private static int LuhnSum(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return sum;
    }

    /// <summary>Appends the check digit that makes the 13 given digits a valid SIRET.</summary>
    public static string WithCheckDigit(string thirteenDigits)
    {
        for (var d = 0; d <= 9; d++)
        {
            var candidate = thirteenDigits + (char)('0' + d);
            if (LuhnSum(candidate) % 10 == 0) return candidate;
        }
        throw new InvalidOperationException("unreachable: one digit always completes a Luhn sum");
    }
}
