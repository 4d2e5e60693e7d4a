using System.Text;
using SemaineIndustrie.Web.Api;

namespace SemaineIndustrie.Web.Statistics;

/// <summary>One row of a figure: a label and one value per series (null when unknown).</summary>
public sealed record FigureRow(string Label, IReadOnlyList<int?> Values);

/// <summary>
/// A figure as the pages show it: a chart (« bar », « doughnut », « line » or « none »), the same numbers as a table,
/// and a CSV file.
/// </summary>
public sealed record Figure(string Id, string Title, string Chart, string LabelHeader, IReadOnlyList<string> Series, IReadOnlyList<FigureRow> Rows, string? Note = null)
{
    public const string CsvContentType = "text/csv; charset=utf-8";

    public bool IsEmpty => Rows.All(r => r.Values.All(v => v is null or 0));

    /// <summary>The figure as a French Excel opens it: BOM, semicolons, one line per row.</summary>
    public byte[] Csv()
    {
        var text = new StringBuilder();
        text.Append(CsvFormat.Line([LabelHeader, .. Series]));
        foreach (var row in Rows)
            text.Append(CsvFormat.Line([CsvFormat.Text(row.Label), .. row.Values.Select(v => v is { } n ? CsvFormat.Number(n) : "")]));
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>What the chart script draws, written into the page as JSON.</summary>
    public object ChartData => new { id = Id, type = Chart, labels = Rows.Select(r => r.Label), series = Series.Select((s, i) => new { name = s, values = Rows.Select(r => r.Values[i]) }) };
}
