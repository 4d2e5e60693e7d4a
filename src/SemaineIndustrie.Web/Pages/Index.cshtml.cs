using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages;

/// <summary>The home page: the current edition, its national counters and its highlights.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class IndexModel(EventCatalogue catalogue, EventSearch search, ReferenceLists lists) : PageModel
{
    public EditionSummary? Edition { get; private set; }
    public Counters Counters { get; private set; } = new(0, 0, 0);
    public IReadOnlyList<EventCard> Featured { get; private set; } = [];
    /// <summary>Every labelled event of the current edition on the map.</summary>
    public MapView Map => new($"/api/v1/events.map.geojson?edition={Edition?.Year}", Counters.LabelledEvents);
    public IReadOnlyList<Choice> Kinds { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Edition = await catalogue.CurrentEditionAsync();
        Kinds = await lists.KindsAsync();
        if (Edition is null) return;
        Counters = await catalogue.CountersAsync(Edition.Id);
        Featured = (await search.SearchAsync(new EventFilter { Edition = Edition.Year, FeaturedOnly = true, PageSize = 6 })).Items;
    }
}
