using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Web.Infrastructure.Caching;
using SemaineIndustrie.Web.Pages.Shared;

namespace SemaineIndustrie.Web.Pages.Territories;

/// <summary>
/// A department's labelled events in a light page made to sit in an iframe of a prefecture's site.
/// The query parameters of the public list narrow it (an audience, a kind), the department stays fixed.
/// </summary>
[OutputCache(PolicyName = PublicCache.Policy)]
[Embeddable]
public sealed class EmbedModel(EventSearch search, ReferenceLists lists, IOptions<SiteOptions> site) : PageModel
{
    public const int DefaultPageSize = 10;

    public DepartmentChoice Department { get; private set; } = null!;
    public SearchResult Result { get; private set; } = null!;
    public string SiteUrl => site.Value.PublicBaseUrl.TrimEnd('/');

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await lists.DepartmentAsync(code.ToUpperInvariant()) is not { } department) return NotFound();
        Department = department;
        var parsed = EventFilterParser.Parse(Request.Query).Filter;
        var pageSize = Request.Query.ContainsKey("pageSize") ? parsed.PageSize : DefaultPageSize;
        Result = await search.SearchAsync(parsed with { Department = department.Code, Region = null, PageSize = pageSize });
        return Page();
    }

    public string PageLink(int page) => PageLinks.With(Request, "page", page == 1 ? null : page.ToString());

    /// <summary>The snippet a prefecture pastes into its page.</summary>
    public static string Snippet(string siteUrl, DepartmentChoice d) =>
        $"<iframe src=\"{siteUrl}/departements/{d.Code}/integration\" title=\"Événements de la Semaine de l’Industrie – {d.Name}\" " +
        "width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\"></iframe>";
}
