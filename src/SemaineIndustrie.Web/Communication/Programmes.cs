namespace SemaineIndustrie.Web.Communication;

/// <summary>A department's programme as an A4 PDF, day by day.</summary>
public static class Programmes
{
    public static byte[] Pdf(Programme p)
    {
        using var pdf = new PdfFlow($"Programme {p.Edition.Year} – {p.Department.Label}");
        pdf.Text($"Semaine de l’Industrie {p.Edition.Year}", 14, bold: true, colour: PdfFlow.Blue, spaceAfter: 2);
        if (p.Edition.Theme is { } theme) pdf.Text(theme, 10, colour: PdfFlow.Grey, spaceAfter: 2);
        pdf.Rule(PdfFlow.Blue, 3);
        pdf.Text($"Programme – {p.Department.Label}", 20, bold: true);
        pdf.Text(p.Entries.Count == 1 ? "1 événement labellisé" : $"{FrenchTime.Number(p.Entries.Count)} événements labellisés", 10, colour: PdfFlow.Grey);
        foreach (var day in p.ByDay)
        {
            pdf.KeepTogether(80);
            pdf.Text(day.Key is { } d ? FrenchTime.Day(d) : "Date à préciser", 13, bold: true, colour: PdfFlow.Red, spaceAfter: 2);
            pdf.Rule(PdfFlow.Red, 1);
            foreach (var e in day)
            {
                pdf.KeepTogether(50);
                pdf.Text((e.IsFeatured ? "★ " : "") + e.Title, 11, bold: true, spaceAfter: 1);
                pdf.Text($"{e.Kind} – {e.Organisation} – {(e.IsOnline ? "en ligne" : e.Commune)}", 9, spaceAfter: 1);
                pdf.Text(string.Join(" ; ", e.Sessions.Select(p.Slot)), 9, colour: PdfFlow.Grey, spaceAfter: 8);
            }
        }
        return pdf.ToBytes();
    }
}
