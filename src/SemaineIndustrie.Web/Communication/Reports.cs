using SemaineIndustrie.Web.Statistics;

namespace SemaineIndustrie.Web.Communication;

/// <summary>The report (« bilan ») of an edition for a territory as an A4 PDF: every public figure as a table.</summary>
public static class Reports
{
    public static byte[] Pdf(StatisticsRequest r, IReadOnlyList<Figure> figures)
    {
        using var pdf = new PdfFlow($"Bilan {r.Edition.Year} – {r.Territory.Name}");
        pdf.Text($"Semaine de l’Industrie {r.Edition.Year}", 14, bold: true, colour: PdfFlow.Blue, spaceAfter: 2);
        if (r.Edition.Theme is { } theme) pdf.Text(theme, 10, colour: PdfFlow.Grey, spaceAfter: 2);
        pdf.Rule(PdfFlow.Blue, 3);
        pdf.Text($"Bilan – {r.Territory.Name}", 20, bold: true);
        foreach (var figure in figures.Where(f => f.Rows.Count > 0))
        {
            pdf.KeepTogether(70);
            pdf.Text(figure.Title, 12, bold: true, colour: PdfFlow.Blue, spaceAfter: 4);
            pdf.Row(figure.LabelHeader, string.Join(" / ", figure.Series), 8);
            foreach (var row in figure.Rows.Where(x => figure.Id != "departements" || x.Values[0] > 0))
                pdf.Row(row.Label, string.Join(" / ", row.Values.Select(v => v is { } n ? FrenchTime.Number(n) : "—")), 9);
            pdf.Y += 10;
        }
        return pdf.ToBytes();
    }
}
