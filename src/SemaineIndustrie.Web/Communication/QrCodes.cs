using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using QRCoder;

namespace SemaineIndustrie.Web.Communication;

/// <summary>QR codes drawn from QRCoder's module matrix: as SVG squares in a page, as filled squares in a PDF.</summary>
public static class QrCodes
{
    /// <summary>The dark (true) and light modules, quiet zone included.</summary>
    public static bool[][] Matrix(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return data.ModuleMatrix.Select(row => row.Cast<bool>().ToArray()).ToArray();
    }

    /// <summary>An SVG with one rect per dark module, each named by its row and column, so that tests can read it back.</summary>
    public static string Svg(string text, string label)
    {
        var m = Matrix(text);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {m.Length} {m.Length}\" class=\"si-qr\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" data-si-qr=\"{m.Length}\" shape-rendering=\"crispEdges\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{m.Length}\" height=\"{m.Length}\" fill=\"#fff\"/>");
        for (var y = 0; y < m.Length; y++)
            for (var x = 0; x < m[y].Length; x++)
                if (m[y][x]) svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\"/>");
        return svg.Append("</svg>").ToString();
    }

    public static void Draw(XGraphics graphics, string text, double left, double top, double size)
    {
        var m = Matrix(text);
        var module = size / m.Length;
        for (var y = 0; y < m.Length; y++)
            for (var x = 0; x < m[y].Length; x++)
                if (m[y][x]) graphics.DrawRectangle(XBrushes.Black, left + x * module, top + y * module, module + 0.05, module + 0.05);
    }
}
