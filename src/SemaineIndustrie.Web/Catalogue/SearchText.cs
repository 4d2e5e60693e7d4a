using System.Globalization;
using System.Text;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>
/// Turns what a visitor types into search terms both databases read the same way: without accents or case,
/// French stop words dropped, each word cut to a light stem and matched as a prefix, so that « visite usine »
/// finds « Visites d’usines » and « industrie » finds « industriel ».
/// </summary>
public sealed class SearchText
{
    /// <summary>More words than this add nothing but cost.</summary>
    public const int MaxTerms = 8;

    private static readonly HashSet<string> StopWords =
    [
        "a", "au", "aux", "avec", "c", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et", "j", "l", "la", "le", "les",
        "leur", "leurs", "m", "n", "ou", "par", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "sur", "t", "un", "une", "y",
    ];

    public IReadOnlyList<string> Terms { get; }

    private SearchText(IReadOnlyList<string> terms) => Terms = terms;

    public bool IsEmpty => Terms.Count == 0;

    public static SearchText Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new SearchText([]);
        var terms = Words(Fold(text))
            .Where(w => !StopWords.Contains(w))
            .Select(Stem)
            .Distinct()
            .Take(MaxTerms)
            .ToList();
        return new SearchText(terms);
    }

    /// <summary>An FTS5 query: every term, as a prefix (« "visit"* AND "usin"* »).</summary>
    public string ToFts5() => string.Join(" AND ", Terms.Select(t => $"\"{t}\"*"));

    /// <summary>A PostgreSQL tsquery for the 'simple' configuration (« visit:* &amp; usin:* »).</summary>
    public string ToTsQuery() => string.Join(" & ", Terms.Select(t => $"{t}:*"));

    /// <summary>Lower case without diacritics: « Équipementier » → « equipementier », « œuvre » → « oeuvre ».</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
                default:
                    if (c is 'œ' or 'Œ') folded.Append("oe");
                    else if (c is 'æ' or 'Æ') folded.Append("ae");
                    else folded.Append(char.ToLowerInvariant(c));
                    break;
            }
        }
        return folded.ToString();
    }

    /// <summary>Runs of ASCII letters and digits: anything else (apostrophes, hyphens, quotes, operators) separates words.</summary>
    private static IEnumerable<string> Words(string folded)
    {
        var word = new StringBuilder();
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') { word.Append(c); continue; }
            if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
        }
        if (word.Length > 0) yield return word.ToString();
    }

    /// <summary>
    /// A light French stem, enough for prefix matching: plurals, the final e, the infinitive -er.
    /// « visites » → « visit », « usines » → « usin », « visiter » → « visit », « métiers » → « metier ».
    /// </summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || word.All(char.IsAsciiDigit)) return word;
        if (word.Length > 4 && (word.EndsWith('s') || word.EndsWith('x'))) word = word[..^1];
        if (word.Length > 4 && word.EndsWith("er") && !word.EndsWith("ier")) word = word[..^2];
        else if (word.Length > 4 && word.EndsWith('e')) word = word[..^1];
        return word;
    }
}
