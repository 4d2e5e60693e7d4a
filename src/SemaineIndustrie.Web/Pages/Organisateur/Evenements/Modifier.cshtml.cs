using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Infrastructure;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Labelling;
using SemaineIndustrie.Web.Accounts;
using SemaineIndustrie.Web.Labelling;
using SemaineIndustrie.Web.Organiser;

namespace SemaineIndustrie.Web.Pages.Organisateur.Evenements;

/// <summary>
/// The event form, in six steps on one page (the script shows one step at a time): saved as a draft at any time,
/// submitted when complete. Events of other organisations do not exist here (404).
/// </summary>
[Authorize]
// Above the picture's own limit, so that a too large picture is answered in French next to its field.
[RequestSizeLimit(MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ModifierModel(AppDbContext db, Access access, EventEditor editor, LabellingService labelling,
    CommuneIndex communes, ReferenceLists lists, IOptions<SiteOptions> site) : PageModel
{
    private const long MaxRequestBytes = 40 * 1024 * 1024;

    [BindProperty] public EventInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Structure { get; set; }

    public Event? Existing { get; private set; }
    public Edition Edition { get; private set; } = null!;
    public IReadOnlyList<Choice> Kinds { get; private set; } = [];
    public IReadOnlyList<Choice> Sectors { get; private set; } = [];
    public IReadOnlyList<Choice> Audiences { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Organisations { get; private set; } = [];
    public IReadOnlyList<HistoryLine> History { get; private set; } = [];
    public bool SubmissionsClosed { get; private set; }
    public MapOptions Map => site.Value.Map;
    public bool AddressServiceOn => !string.IsNullOrWhiteSpace(site.Value.AddressService.BaseUrl);
    public bool CanSubmit => Existing is null || Existing.Status is EventStatus.Draft or EventStatus.ChangesRequested;

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (await LoadAsync(id) is { } problem) return problem;
        if (Existing is not null)
            Input = EventEditor.ToInput(Existing, await TimeZoneAsync(Existing.DepartmentCode), await communes.ByCodeAsync(Existing.CommuneCode));
        else
            Input = new EventInput { Sessions = [new SessionInput()], ContactName = access.Actor.Name, ContactEmail = access.User.Identity?.Name };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int? id) => SaveAsync(id, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(int? id) => SaveAsync(id, submit: true);

    /// <summary>Adding or removing a session re-shows the form with everything typed, without saving.</summary>
    public async Task<IActionResult> OnPostAddSessionAsync(int? id)
    {
        if (await LoadAsync(id) is { } problem) return problem;
        ModelState.Clear();
        Input.Sessions.Add(new SessionInput());
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveSessionAsync(int? id, int index)
    {
        if (await LoadAsync(id) is { } problem) return problem;
        ModelState.Clear();
        if (index >= 0 && index < Input.Sessions.Count) Input.Sessions.RemoveAt(index);
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id, string? reason) => await OrganiserDecisionAsync(id, DecisionKind.Withdrawn, reason);

    public async Task<IActionResult> OnPostCancelAsync(int id, string? reason) => await OrganiserDecisionAsync(id, DecisionKind.Cancelled, reason);

    private async Task<IActionResult> OrganiserDecisionAsync(int id, DecisionKind kind, string? reason)
    {
        if (await LoadAsync(id) is { } problem) return problem;
        try
        {
            await labelling.OrganiserDecidesAsync(Existing!, kind, reason);
            TempData["Message"] = kind == DecisionKind.Cancelled ? "L’événement est annulé." : "L’événement est retiré.";
            return RedirectToPage(new { id });
        }
        catch (LabellingRuleException e) { return Problem(e.Message); }
        catch (DbUpdateConcurrencyException) { return Problem(Changed); }
    }

    private const string Changed = "L’événement a changé entre-temps (une décision du comité, peut-être) : rechargez la page.";

    private async Task<IActionResult> SaveAsync(int? id, bool submit)
    {
        if (await LoadAsync(id) is { } problem) return problem;
        if (Existing is not null && !EventLifecycle.CanOrganiserEdit(Existing.Status))
            return Problem($"Un événement {StatusLabels.Of(Existing.Status)} ne se modifie plus.");
        var place = await ResolveCommuneAsync(Input.Commune);
        var complete = submit || Existing?.Status is EventStatus.Submitted or EventStatus.Labelled;
        EventRules.Validate(Input, ModelState, Edition, complete, place is not null);
        var picture = await ReadPictureAsync();
        EventRules.ValidatePlaceAndPicture(Input, ModelState, place, picture is not null || (Existing?.PictureVersion is not null && !Input.RemovePicture));
        if (!ModelState.IsValid)
        {
            if (picture is not null)
                ModelState.AddModelError(EventRules.Prefix + nameof(Input.Picture), "L’image convient, mais elle n’a pas été enregistrée avec le reste : choisissez-la de nouveau après avoir corrigé les champs signalés.");
            return Page();
        }

        var e = Existing;
        if (e is null)
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == Structure);
            e = new Event { EditionId = Edition.Id, Edition = Edition, OrganisationId = organisation.Id, Title = "", Summary = "", KindCode = "", CommuneCode = "", DepartmentCode = "" };
            db.Events.Add(e);
            await editor.ApplyAsync(e, Input, place, organisation.CommuneCode);
        }
        var changed = await editor.ApplyAsync(e, Input, place, e.CommuneCode);
        changed |= await editor.ApplyPictureAsync(e, picture, Input.RemovePicture, Input.PictureAlt);
        try
        {
            if (submit || (e.Status == EventStatus.Labelled && changed))
            {
                await labelling.SubmitAsync(e);
                TempData["Message"] = submit
                    ? $"L’événement est soumis au comité de labellisation, qui répond au plus tard le {LabellingMails.Day(e.ReviewDueOn)}."
                    : "Vos modifications touchent ce qui a été labellisé : l’événement est renvoyé au comité.";
            }
            else
            {
                await db.SaveChangesAsync();
                TempData["Message"] = e.Status == EventStatus.Draft ? "Brouillon enregistré." : "Modifications enregistrées.";
            }
        }
        catch (LabellingRuleException error)
        {
            await db.SaveChangesAsync(); // what was typed is kept as a draft
            TempData["Message"] = "Brouillon enregistré.";
            TempData["Problem"] = error.Message;
        }
        catch (DbUpdateConcurrencyException) { return Problem(Changed); }
        return RedirectToPage(new { id = e.Id });
    }

    /// <summary>The uploaded picture, re-encoded; null without one, or with a French message next to the field when it is refused.</summary>
    private async Task<EncodedPicture?> ReadPictureAsync()
    {
        if (Input.Picture is not { Length: > 0 } file) return null;
        var key = EventRules.Prefix + nameof(Input.Picture);
        if (file.Length > PictureEncoder.MaxBytes)
        {
            ModelState.AddModelError(key, PictureEncoder.TooLarge(file.Length));
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer);
        if (PictureEncoder.TryEncode(buffer.ToArray(), file.FileName, out var picture, out var problem)) return picture;
        ModelState.AddModelError(key, problem!);
        return null;
    }

    private IActionResult Problem(string message)
    {
        TempData["Problem"] = message;
        return Existing is null ? RedirectToPage("/Organisateur/Index") : RedirectToPage(new { id = Existing.Id });
    }

    private async Task<CommunePlace?> ResolveCommuneAsync(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || await communes.ResolveAsync(text) is not { } match) return null;
        return match.CommuneCodes.Count == 1 ? await communes.ByCodeAsync(match.CommuneCodes[0]) : null;
    }

    private async Task<string> TimeZoneAsync(string department) => (await lists.DepartmentAsync(department))?.TimeZoneId ?? "Europe/Paris";

    /// <summary>Loads the event (only one of the person's organisations), its edition and the form's lists.</summary>
    private async Task<IActionResult?> LoadAsync(int? id)
    {
        var mine = await access.OrganisationIdsAsync();
        if (id is not null)
        {
            Existing = await db.Events.Include(e => e.Edition).Include(e => e.Sessions).Include(e => e.Sectors).Include(e => e.Audiences)
                .FirstOrDefaultAsync(e => e.Id == id && mine.Contains(e.OrganisationId));
            if (Existing is null) return NotFound();
            Edition = Existing.Edition!;
            Structure = Existing.OrganisationId;
            History = await HistoryLine.OfAsync(db, Existing.Id);
        }
        else
        {
            if (mine.Count == 0) return RedirectToPage("/Organisateur/Structures/Nouvelle");
            Structure ??= mine[0];
            if (!mine.Contains(Structure.Value)) return NotFound();
            if (await db.Editions.Where(e => e.Status == EditionStatus.Open).OrderByDescending(e => e.Year).FirstOrDefaultAsync() is not { } open)
                return Problem("Aucune édition n’est ouverte aux propositions pour l’instant.");
            Edition = open;
        }
        SubmissionsClosed = labelling.SubmissionsClosed(Edition, Existing?.Status ?? EventStatus.Draft);
        Kinds = await lists.KindsAsync();
        Sectors = await lists.SectorsAsync();
        Audiences = await lists.AudiencesAsync();
        if (Existing is not null)
        {
            // Values retired since the event chose them stay offered to it, so that saving the form keeps them (ADR 0009).
            Sectors = WithHeld(Sectors, Existing.Sectors);
            Audiences = WithHeld(Audiences, Existing.Audiences);
            if (Kinds.All(k => k.Code != Existing.KindCode) && await db.EventKinds.FindAsync(Existing.KindCode) is { } kind)
                Kinds = WithHeld(Kinds, [kind]);
        }
        Organisations = (await db.Organisations.Where(o => mine.Contains(o.Id)).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync())
            .Select(o => (o.Id, o.Name)).ToList();
        return null;
    }

    private static IReadOnlyList<Choice> WithHeld(IReadOnlyList<Choice> offered, IEnumerable<Data.ReferenceLists.ReferenceItem> held) =>
        [.. offered, .. held.Where(h => offered.All(o => o.Code != h.Code)).Select(h => new Choice(h.Code, h.Label))];
}
