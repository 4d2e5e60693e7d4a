using System.Reflection;
using PdfSharp.Fonts;

namespace SemaineIndustrie.Web.Communication;

/// <summary>
/// PDFsharp reads no system fonts on Linux: DejaVu Sans (free licence, every French character) ships inside the
/// assembly, so that the PDFs look the same on every server (ADR 0012).
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private static readonly Lock Gate = new();

    /// <summary>Installs the resolver once per process (PDFsharp allows it to be set only once).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is PdfFonts) return;
            // PDFsharp 6.5 (the only version the feed offers) must be told its licence: the free AGPL one, until a
            // commercial licence is bought (ADR 0012 says what this means for the platform).
            PdfSharp.PdfSharpLicense.SetAgplLicense();
            GlobalFontSettings.FontResolver = new PdfFonts();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic);

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"Font {faceName} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
