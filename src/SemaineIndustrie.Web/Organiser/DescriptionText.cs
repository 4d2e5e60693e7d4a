using System.Net;
using System.Text.RegularExpressions;
using Ganss.Xss;

namespace SemaineIndustrie.Web.Organiser;

/// <summary>
/// Descriptions are plain text in paragraphs (the public page writes them as text, never as HTML). Whatever HTML an
/// organiser pastes goes through HtmlSanitizer with no tag allowed: the words of harmless elements are kept, scripts,
/// styles and embedded objects disappear with their content, and paragraphs and line breaks stay paragraphs.
/// </summary>
public static partial class DescriptionText
{
    private static readonly HashSet<string> Dropped = ["script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"];

    public static string Clean(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return "";
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.KeepChildNodes = true;
        sanitizer.RemovingTag += (_, e) => { if (Dropped.Contains(e.Tag.LocalName)) e.Tag.InnerHtml = ""; };
        var marked = Breaks().Replace(input.Replace("\r\n", "\n"), m => m.Value.StartsWith("<br", StringComparison.OrdinalIgnoreCase) ? "\n" : "\n\n");
        var text = WebUtility.HtmlDecode(sanitizer.Sanitize(marked));
        return ExtraBlankLines().Replace(text, "\n\n").Trim();
    }

    [GeneratedRegex(@"<br\s*/?>|</p\s*>|</li\s*>|</h[1-6]\s*>|</div\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex(@"\n[ \t]*\n(\s*\n)+")]
    private static partial Regex ExtraBlankLines();
}
