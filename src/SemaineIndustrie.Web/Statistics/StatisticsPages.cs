using Microsoft.AspNetCore.Mvc;

namespace SemaineIndustrie.Web.Statistics;

/// <summary>What the public and the agents' statistics pages share: the choices of edition and territory, and the CSV of a figure.</summary>
public sealed class StatisticsPages(StatisticsService statistics, EventCatalogue catalogue, ReferenceLists lists)
{
    public Task<StatisticsRequest?> ResolveAsync(int? year, string? region, string? department, Territory? fallback = null) =>
        StatisticsRequest.ResolveAsync(year, region, department, catalogue, lists, fallback);

    public async Task<StatisticsView> ViewAsync(StatisticsRequest request, string pagePath, bool forAgents)
    {
        var figures = await statistics.ForAsync(request.Edition.Id, request.Territory);
        return new StatisticsView(request, forAgents ? Figures.ForAgents(figures) : Figures.Public(figures), pagePath, forAgents,
            await catalogue.YearsWithEventsAsync() is { Count: > 0 } years ? [.. years.Union([request.Edition.Year]).OrderDescending()] : [request.Edition.Year],
            await lists.RegionsAsync(), await lists.DepartmentsAsync());
    }

    /// <summary>One figure of the view as a CSV file; 404 for a figure the view does not have.</summary>
    public static IActionResult Csv(StatisticsView view, string? figure) =>
        view.Figures.FirstOrDefault(f => f.Id == figure) is { } found
            ? new FileContentResult(found.Csv(), Figure.CsvContentType) { FileDownloadName = view.Request.FileName(found.Id) }
            : new NotFoundResult();
}
