namespace SemaineIndustrie.Web.Statistics;

/// <summary>Where figures are counted: the whole country, a region or a department.</summary>
public sealed record Territory(string? RegionCode, string? DepartmentCode, string Name)
{
    public static readonly Territory National = new(null, null, "France entière");

    public bool IsNational => RegionCode is null && DepartmentCode is null;

    /// <summary>« departement-46 », « region-76 », « france »: for file names.</summary>
    public string Slug => DepartmentCode is { } d ? $"departement-{d}" : RegionCode is { } r ? $"region-{r}" : "france";

    /// <summary>The query string that names this territory on the statistics pages.</summary>
    public string Query => DepartmentCode is { } d ? $"department={d}" : RegionCode is { } r ? $"region={r}" : "";
}
