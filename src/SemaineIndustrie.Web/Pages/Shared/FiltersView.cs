namespace SemaineIndustrie.Web.Pages.Shared;

/// <summary>What the filter form shows: the lists to choose from and the values chosen.</summary>
public sealed record FiltersView(
    string Action, EventFilter Current, int SelectedYear, IReadOnlyList<int> Years,
    IReadOnlyList<Choice> Kinds, IReadOnlyList<Choice> Sectors, IReadOnlyList<Choice> Audiences,
    IReadOnlyList<DepartmentChoice>? Departments)
{
    public static async Task<FiltersView> LoadAsync(
        string action, EventFilter current, int selectedYear, EventCatalogue catalogue, ReferenceLists lists, bool withDepartments)
    {
        return new FiltersView(action, current, selectedYear, await catalogue.YearsWithEventsAsync(),
            await lists.KindsAsync(), await lists.SectorsAsync(), await lists.AudiencesAsync(),
            withDepartments ? await lists.DepartmentsAsync() : null);
    }
}
