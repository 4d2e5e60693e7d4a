namespace SemaineIndustrie.Web.Statistics;

/// <summary>What the statistics partial shows: the figures of one edition and territory, and the choices to change them.</summary>
public sealed record StatisticsView(
    StatisticsRequest Request, IReadOnlyList<Figure> Figures, string PagePath, bool ForAgents,
    IReadOnlyList<int> Years, IReadOnlyList<Choice> Regions, IReadOnlyList<DepartmentChoice> Departments)
{
    public string CsvUrl(string figure) => $"{PagePath}?handler=Csv&figure={figure}&{Request.Query}";

    public MapScale Map => MapScale.Of(Figures.Single(f => f.Id == "departements"));

    /// <summary>Every chart's data, for wwwroot/js/statistics.js.</summary>
    public object ChartData => new
    {
        figures = Figures.Where(f => f.Chart != "none").Select(f => f.ChartData),
        map = new { national = Request.Territory.IsNational, departments = Map.Colours },
    };
}

/// <summary>The map's colour classes: none, then four equal steps up to the largest count (DSFR blues).</summary>
public sealed record MapScale(IReadOnlyList<MapScale.Step> Steps, IReadOnlyDictionary<string, string> Colours)
{
    public sealed record Step(int From, int To, string Colour, string Label);

    private static readonly string[] Blues = ["#f6f6f6", "#cacafb", "#8585f6", "#4747e0", "#000091"];

    public static MapScale Of(Figure departments)
    {
        var counts = departments.Rows.Select(r => (Code: Code(r.Label), Count: r.Values[0] ?? 0)).ToList();
        var max = counts.Count == 0 ? 0 : counts.Max(c => c.Count);
        var width = Math.Max(1, (max + 3) / 4);
        var steps = new List<Step> { new(0, 0, Blues[0], "Aucun événement labellisé") };
        for (var i = 0; i < 4 && i * width + 1 <= max; i++)
        {
            var from = i * width + 1;
            var to = Math.Min(max, (i + 1) * width);
            steps.Add(new Step(from, to, Blues[i + 1], from == to ? Events(from) : $"De {FrenchTime.Number(from)} à {Events(to)}"));
        }
        var colours = counts.ToDictionary(c => c.Code, c => steps.Last(s => c.Count >= s.From).Colour);
        return new MapScale(steps, colours);
    }

    private static string Events(int n) => n == 1 ? "1 événement" : $"{FrenchTime.Number(n)} événements";

    /// <summary>« Lot (46) » → « 46 ».</summary>
    private static string Code(string label) => label[(label.LastIndexOf('(') + 1)..^1];
}
