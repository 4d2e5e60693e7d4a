using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Organiser;

/// <summary>What the event form holds, step by step: what, for whom, where, when, registration, contact.</summary>
public sealed class EventInput
{
    // 1. Quoi
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }
    public string? KindCode { get; set; }
    public List<string> Sectors { get; set; } = [];
    /// <summary>A new picture, re-encoded before anything of it is kept.</summary>
    public IFormFile? Picture { get; set; }
    /// <summary>The picture's text alternative, required with a picture.</summary>
    public string? PictureAlt { get; set; }
    public bool RemovePicture { get; set; }
    // 2. Pour qui
    public List<string> Audiences { get; set; } = [];
    public bool IsFree { get; set; } = true;
    // 3. Où
    public string? Venue { get; set; }
    public string? Address { get; set; }
    /// <summary>« Cahors (46000) », as the autocomplete writes it; a name or a postal code alone also works.</summary>
    public string? Commune { get; set; }
    public string? OnlineUrl { get; set; }
    /// <summary>The point on the map, as typed or as the map wrote it (decimal point or comma).</summary>
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    /// <summary>Set when the organiser moved the pin (dragged, by the arrow keys or in the fields): the point is then theirs.</summary>
    public bool PointMoved { get; set; }
    public bool IsAccessible { get; set; }
    public string? AccessibilityDetails { get; set; }
    // 4. Quand
    public List<SessionInput> Sessions { get; set; } = [];
    // 5. Inscription
    public RegistrationMode Registration { get; set; } = RegistrationMode.None;
    public string? RegistrationUrl { get; set; }
    // 6. Contact
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
}

/// <summary>A session as typed, in the department's local time.</summary>
public sealed class SessionInput
{
    public DateOnly? Day { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    /// <summary>Places offered, when registration happens on the platform.</summary>
    public int? Capacity { get; set; }
}
