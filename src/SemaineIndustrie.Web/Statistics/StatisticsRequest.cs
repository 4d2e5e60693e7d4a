namespace SemaineIndustrie.Web.Statistics;

/// <summary>The edition and territory a statistics page is asked for (« ?edition=2026&amp;department=46 »).</summary>
public sealed record StatisticsRequest(EditionSummary Edition, Territory Territory)
{
    /// <summary>Null when the edition, region or department does not exist: the page answers 404.</summary>
    public static async Task<StatisticsRequest?> ResolveAsync(int? year, string? region, string? department,
        EventCatalogue catalogue, ReferenceLists lists, Territory? fallback = null)
    {
        var edition = year is { } y ? await catalogue.EditionAsync(y) : await catalogue.CurrentEditionAsync();
        if (edition is null) return null;
        if (!string.IsNullOrWhiteSpace(department))
        {
            if (await lists.DepartmentAsync(department.Trim().ToUpperInvariant()) is not { } d) return null;
            return new(edition, new Territory(d.RegionCode, d.Code, d.Label));
        }
        if (!string.IsNullOrWhiteSpace(region))
        {
            if ((await lists.RegionsAsync()).FirstOrDefault(r => r.Code == region.Trim()) is not { } r) return null;
            return new(edition, new Territory(r.Code, null, r.Label));
        }
        return new(edition, fallback ?? Territory.National);
    }

    /// <summary>The query string of this edition and territory.</summary>
    public string Query => $"edition={Edition.Year}" + (Territory.Query is { Length: > 0 } q ? "&" + q : "");

    public string FileName(string figure) => $"statistiques-{Edition.Year}-{Territory.Slug}-{figure}.csv";
}
