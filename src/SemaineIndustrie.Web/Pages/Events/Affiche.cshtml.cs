using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Communication;
using SemaineIndustrie.Web.Infrastructure.Caching;

namespace SemaineIndustrie.Web.Pages.Events;

/// <summary>A labelled event's A4 poster, in the edition's identity, with a QR code to its public page; also as a PDF.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class AfficheModel(EventCatalogue catalogue, EventLinks links) : PageModel
{
    public EventDetails Event { get; private set; } = null!;
    public string PageUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await catalogue.PublicEventAsync(id) is not { } e) return NotFound();
        Event = e;
        PageUrl = links.EventPage(id);
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        if (await OnGetAsync(id) is not PageResult) return NotFound();
        return File(Posters.Pdf(Event, PageUrl), "application/pdf", $"affiche-evenement-{id}.pdf");
    }
}
