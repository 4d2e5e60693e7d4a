using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SemaineIndustrie.Web.Communication;

/// <summary>
/// Text poured down A4 pages: headings, wrapped paragraphs and two-column lines, a new page when one is full. Enough for
/// a poster, a programme and a report without a layout engine.
/// </summary>
public sealed class PdfFlow : IDisposable
{
    public const double Margin = 50;
    public static readonly XColor Blue = XColor.FromArgb(0, 0, 145);
    public static readonly XColor Red = XColor.FromArgb(225, 0, 15);
    public static readonly XColor Grey = XColor.FromArgb(102, 102, 102);

    private readonly PdfDocument document;
    private PdfPage page = null!;
    private XGraphics graphics = null!;

    public double Y { get; set; }
    public double Width => page.Width.Point - 2 * Margin;
    public double Bottom => page.Height.Point - Margin;
    public XGraphics Graphics => graphics;

    public PdfFlow(string title)
    {
        PdfFonts.Install(); // before the document: PDFsharp checks its licence there
        document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = "Semaine de l’Industrie";
        NewPage();
    }

    public void NewPage()
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    public static XFont Font(double size, bool bold = false) => new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    /// <summary>Wrapped text; returns the height it took.</summary>
    public double Text(string text, double size, bool bold = false, XColor? colour = null, double indent = 0, double spaceAfter = 6)
    {
        var font = Font(size, bold);
        var brush = new XSolidBrush(colour ?? XColors.Black);
        var lineHeight = size * 1.3;
        var start = Y;
        foreach (var paragraph in text.Replace("\r", "").Split('\n'))
            foreach (var line in Wrap(paragraph, font, Width - indent))
            {
                if (Y + lineHeight > Bottom) NewPage();
                graphics.DrawString(line, font, brush, new XRect(Margin + indent, Y, Width - indent, lineHeight), XStringFormats.TopLeft);
                Y += lineHeight;
            }
        Y += spaceAfter;
        return Y - start;
    }

    /// <summary>A label on the left and a number on the right, with a thin rule under them.</summary>
    public void Row(string label, string value, double size = 10)
    {
        var font = Font(size);
        if (Y + size * 1.6 > Bottom) NewPage();
        var lines = Wrap(label, font, Width - 90).ToList();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, Y, Width - 90, size * 1.3), XStringFormats.TopLeft);
            if (i == 0) graphics.DrawString(value, Font(size, true), XBrushes.Black, new XRect(Margin + Width - 90, Y, 90, size * 1.3), XStringFormats.TopRight);
            Y += size * 1.3;
        }
        graphics.DrawLine(new XPen(XColor.FromArgb(221, 221, 221), 0.5), Margin, Y + 1, Margin + Width, Y + 1);
        Y += 4;
    }

    public void Rule(XColor colour, double thickness = 2)
    {
        graphics.DrawLine(new XPen(colour, thickness), Margin, Y, Margin + Width, Y);
        Y += thickness + 8;
    }

    /// <summary>Starts a new page unless this much height is left.</summary>
    public void KeepTogether(double height)
    {
        if (Y + height > Bottom) NewPage();
    }

    private IEnumerable<string> Wrap(string paragraph, XFont font, double width)
    {
        if (paragraph.Length == 0) { yield return ""; yield break; }
        var line = "";
        foreach (var word in paragraph.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                line = word;
            }
            else line = candidate;
        }
        yield return line;
    }

    public byte[] ToBytes()
    {
        graphics.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }
}
