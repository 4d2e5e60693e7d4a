using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SemaineIndustrie.Web.Pages.Events;

/// <summary>An event's public page. Events that are not labelled do not exist for the public.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class DetailsModel(EventCatalogue catalogue) : PageModel
{
    public EventDetails Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await catalogue.PublicEventAsync(id) is not { } details) return NotFound();
        Event = details;
        return Page();
    }

    /// <summary>Description paragraphs: the text is shown as typed, never as HTML.</summary>
    public IEnumerable<string> Paragraphs => Event.Description
        .Replace("\r\n", "\n")
        .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
