using PdfSharp.Drawing;

namespace SemaineIndustrie.Web.Communication;

/// <summary>The poster as an A4 PDF: the same content as its page, and the QR code drawn module by module.</summary>
public static class Posters
{
    public static byte[] Pdf(EventDetails e, string url)
    {
        using var pdf = new PdfFlow($"Affiche – {e.Title}");
        pdf.Text($"Semaine de l’Industrie {e.EditionYear}", 16, bold: true, colour: PdfFlow.Blue, spaceAfter: 2);
        if (e.EditionTheme is { } theme) pdf.Text(theme, 11, colour: PdfFlow.Grey, spaceAfter: 2);
        pdf.Text("ÉVÉNEMENT LABELLISÉ", 10, bold: true, colour: PdfFlow.Red);
        pdf.Rule(PdfFlow.Blue, 3);
        pdf.Text(e.Title, 28, bold: true, colour: PdfFlow.Blue, spaceAfter: 12);
        pdf.Text(e.Summary, 14, spaceAfter: 12);
        pdf.Text($"{e.KindLabel} proposé par {e.OrganisationName}", 12, bold: true);
        pdf.Text(string.Join(", ", new[] { e.Venue, e.Address, $"{e.PostalCode} {e.CommuneName}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p))), 12);
        foreach (var s in e.Sessions) pdf.Text("• " + FrenchTime.Slot(s.StartsAtUtc, s.EndsAtUtc, e.TimeZoneId), 12, spaceAfter: 2);
        pdf.Y += 6;
        if (e.Audiences.Count > 0) pdf.Text("Pour : " + string.Join(", ", e.Audiences), 11);
        pdf.Text((e.IsFree ? "Gratuit" : "Payant") + (e.IsAccessible ? " · Accessible aux personnes à mobilité réduite" : ""), 11);
        pdf.KeepTogether(170);
        var top = pdf.Y + 10;
        QrCodes.Draw(pdf.Graphics, url, PdfFlow.Margin, top, 150);
        pdf.Graphics.DrawString("Informations et inscriptions :", PdfFlow.Font(11), XBrushes.Black, PdfFlow.Margin + 170, top + 60);
        pdf.Graphics.DrawString(url, PdfFlow.Font(11, true), XBrushes.Black, PdfFlow.Margin + 170, top + 78);
        return pdf.ToBytes();
    }
}
