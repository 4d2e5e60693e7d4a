namespace SemaineIndustrie.Web.Pages.Shared;

/// <summary>What the filter form shows: the lists to choose from, how many results each choice gives, and the values chosen.</summary>
public sealed record FiltersView(
    string Action, EventFilter Current, int SelectedYear, IReadOnlyList<int> Years, FacetCounts Counts,
    IReadOnlyList<Choice> Kinds, IReadOnlyList<Choice> Sectors, IReadOnlyList<Choice> Audiences,
    IReadOnlyList<DepartmentChoice>? Departments)
{
    public static readonly IReadOnlyList<int> Radii = [5, 10, 20, 30, 50, 100];

    public static async Task<FiltersView> LoadAsync(
        string action, EventFilter current, int selectedYear, FacetCounts counts, EventCatalogue catalogue, ReferenceLists lists,
        bool withDepartments)
    {
        return new FiltersView(action, current, selectedYear, await catalogue.YearsWithEventsAsync(), counts,
            await lists.KindsAsync(), await lists.SectorsAsync(), await lists.AudiencesAsync(),
            withDepartments ? await lists.DepartmentsAsync() : null);
    }

    /// <summary>« Visite d’entreprise (12) »: the label with the number of results choosing it would give.</summary>
    public static string WithCount(string label, IReadOnlyDictionary<string, int> counts, string code) =>
        $"{label} ({FrenchTime.Number(counts.GetValueOrDefault(code))})";
}
