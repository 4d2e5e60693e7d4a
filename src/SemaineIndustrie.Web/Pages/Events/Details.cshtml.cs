using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Infrastructure;

namespace SemaineIndustrie.Web.Pages.Events;

/// <summary>An event's public page. Events that are not labelled do not exist for the public.</summary>
[OutputCache(PolicyName = PublicCache.PlacesPolicy)]
public sealed class DetailsModel(EventCatalogue catalogue, IOptions<SiteOptions> site) : PageModel
{
    public EventDetails Event { get; private set; } = null!;

    /// <summary>The event's address on the public site, the one search engines and calendars link to.</summary>
    public string CanonicalUrl => $"{site.Value.PublicBaseUrl.TrimEnd('/')}/evenements/{Event.Id}";

    /// <summary>The session's calendar file, and the whole event's.</summary>
    public string CalendarUrl => $"/api/v1/events/{Event.Id}.ics";

    public string JsonLd => EventJsonLd.For(Event, CanonicalUrl);

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
