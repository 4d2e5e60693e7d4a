using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Web.Pages;

/// <summary>The home page: the current edition, its national counters and its highlights.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class IndexModel(EventCatalogue catalogue, EventSearch search, ReferenceLists lists) : PageModel
{
    public EditionSummary? Edition { get; private set; }
    public Counters Counters { get; private set; } = new(0, 0, 0);
    public IReadOnlyList<EventCard> Featured { get; private set; } = [];
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public IReadOnlyList<Choice> Kinds { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Edition = await catalogue.CurrentEditionAsync();
        Departments = await lists.DepartmentsAsync();
        Kinds = await lists.KindsAsync();
        if (Edition is null) return;
        Counters = await catalogue.CountersAsync(Edition.Id);
        Featured = (await search.SearchAsync(new EventFilter { Edition = Edition.Year, FeaturedOnly = true, PageSize = 6 })).Items;
    }
}
