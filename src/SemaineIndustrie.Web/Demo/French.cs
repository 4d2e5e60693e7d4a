using System.Globalization;
using System.Text;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// The bits of French grammar that composed sentences need: "de" and "à" contract with the article
/// of what follows ("du Montat", "aux Andelys", "d’Albi"), and names read from data use the straight
/// apostrophe that French typography replaces with ’.
/// </summary>
internal static class French
{
    /// <summary>« de » before a noun phrase or a place: de Cahors, du Montat, des Andelys, de la Rochelle, d’Albi.</summary>
    public static string Of(string phrase)
    {
        phrase = Typo(phrase);
        if (StartsWithWord(phrase, "le")) return "du " + phrase[3..];
        if (StartsWithWord(phrase, "les")) return "des " + phrase[4..];
        return StartsWithVowel(phrase) ? "d’" + phrase : "de " + phrase;
    }

    /// <summary>« à » before a noun phrase or a place: à Cahors, au Montat, aux Andelys, à la CCI, à l’IUT.</summary>
    public static string At(string phrase)
    {
        phrase = Typo(phrase);
        if (StartsWithWord(phrase, "le")) return "au " + phrase[3..];
        if (StartsWithWord(phrase, "les")) return "aux " + phrase[4..];
        return "à " + phrase;
    }

    /// <summary>The typographic apostrophe, which commune names from the official data do not use.</summary>
    public static string Typo(string text) => text.Replace('\'', '’');

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("fr-FR")) + text[1..];

    /// <summary>Cuts a composed text at a word boundary so that it fits a column, ending with an ellipsis.</summary>
    public static string Fit(string text, int maxLength)
    {
        text = NoBreakBeforePunctuation(text);
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > 0 ? cut : maxLength - 1)].TrimEnd(',', ' ', ':', '–', '\u00A0') + "…";
    }

    /// <summary>French typography: a no-break space before « : ; ! ? » and inside guillemets, so a line never starts with them.</summary>
    public static string NoBreakBeforePunctuation(string text) => text
        .Replace(" :", "\u00A0:").Replace(" ;", "\u00A0;").Replace(" !", "\u00A0!").Replace(" ?", "\u00A0?")
        .Replace("« ", "«\u00A0").Replace(" »", "\u00A0»");

    /// <summary>Lower-case ASCII with hyphens, for the demo's e-mail addresses and domain names.</summary>
    public static string Slug(string text, char separator = '-')
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in WithoutAccents(text).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != separator) builder.Append(separator);
        }
        return builder.ToString().Trim(separator);
    }

    public static string WithoutAccents(string text)
    {
        var decomposed = text.Replace("œ", "oe").Replace("Œ", "Oe").Replace("æ", "ae").Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>« 05 65 12 34 56 »: the digits grouped by two, as French numbers are written.</summary>
    public static string Phone(string tenDigits) =>
        string.Join(' ', Enumerable.Range(0, tenDigits.Length / 2).Select(i => tenDigits.Substring(i * 2, 2)));

    private static bool StartsWithWord(string phrase, string word) =>
        phrase.Length > word.Length + 1 && phrase[word.Length] == ' '
        && phrase.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    // Elision before a vowel; words starting with h are left alone because an aspirated h does not elide.
    private static bool StartsWithVowel(string phrase) =>
        phrase.Length > 0 && "aeiouyàâéèêëîïôûAEIOUYÀÂÉÈÊËÎÏÔÛ".Contains(phrase[0]);
}
