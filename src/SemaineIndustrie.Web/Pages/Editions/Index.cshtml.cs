using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Pages.Editions;

/// <summary>Every edition since 2011 with its dates, theme and published figures.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class IndexModel(AppDbContext db, EventCatalogue catalogue) : PageModel
{
    public IReadOnlyList<EditionSummary> Editions { get; private set; } = [];
    public IReadOnlyList<int> YearsWithEvents { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // An edition in preparation is the administrators' draft: it shows once submissions open.
        Editions = await db.Editions.AsNoTracking().Where(e => e.Status != Data.Editions.EditionStatus.Preparing).OrderByDescending(e => e.Year).Select(EditionSummary.Projection).ToListAsync();
        YearsWithEvents = await catalogue.YearsWithEventsAsync();
    }

    public static string Figure(int? count, string? qualifier) =>
        count is { } n ? (qualifier is null ? FrenchTime.Number(n) : $"{FrenchTime.Number(n)} ({qualifier})") : "—";
}
