using SemaineIndustrie.Data.Auditing;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Data.ReferenceLists;
using SemaineIndustrie.Data.Territories;

namespace SemaineIndustrie.Data.Events;

/// <summary>An event an organisation proposes for an edition: a visit, a job dating, a talk...</summary>
public class Event : IAuditable
{
    public const int TitleMaxLength = 150;
    public const int SummaryMaxLength = 300;
    public const int DescriptionMaxLength = 8000;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public Edition? Edition { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public required string Title { get; set; }
    public required string Summary { get; set; }
    public string Description { get; set; } = "";
    public required string KindCode { get; set; }
    public EventKind? Kind { get; set; }
    public List<Sector> Sectors { get; set; } = [];
    public List<Audience> Audiences { get; set; } = [];
    public List<Theme> Themes { get; set; } = [];

    /// <summary>Name of the place ("Biscuiterie Fine de France, atelier de production").</summary>
    public string? Venue { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    /// <summary>The commune of the place; also set for online events (the organiser's), so that every event belongs to a department.</summary>
    public required string CommuneCode { get; set; }
    public Commune? Commune { get; set; }
    /// <summary>Denormalised from the commune so that department filters need no join.</summary>
    public required string DepartmentCode { get; set; }
    public Department? Department { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? OnlineUrl { get; set; }
    public bool IsOnline => !string.IsNullOrEmpty(OnlineUrl);

    public bool IsAccessibleReducedMobility { get; set; }
    public string? AccessibilityDetails { get; set; }
    public bool IsFree { get; set; } = true;
    /// <summary>A highlight of the week ("temps fort"), chosen by the steering committee.</summary>
    public bool IsFeatured { get; set; }

    /// <summary>A version of the picture (a hash of its bytes), null without one: lists link to it without reading the bytes.</summary>
    public string? PictureVersion { get; set; }
    /// <summary>The picture's text alternative, written by the organiser.</summary>
    public string? PictureAlt { get; set; }
    /// <summary>The picture's bytes, loaded only where they are served or replaced.</summary>
    public EventPicture? Picture { get; set; }

    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }

    public EventStatus Status { get; set; } = EventStatus.Draft;
    public DateTime? SubmittedAtUtc { get; set; }
    public DateTime? LabelledAtUtc { get; set; }
    /// <summary>The committee's answer is due by the end of this day: 4 working days after the (last) submission.</summary>
    public DateOnly? ReviewDueOn { get; set; }
    /// <summary>When the reviewers were reminded that the answer is due; cleared on each submission.</summary>
    public DateTime? ReminderSentAtUtc { get; set; }
    /// <summary>The past edition's event this one was copied from ("reconduit").</summary>
    public int? ReconductedFromId { get; set; }
    /// <summary>The labelling history, oldest first.</summary>
    public List<Labelling.Decision> Decisions { get; set; } = [];

    public List<Session> Sessions { get; set; } = [];
    /// <summary>Start of the first session, kept in step by <see cref="RefreshDates"/> so that lists sort and filter by date without a join.</summary>
    public DateTime? StartsAtUtc { get; set; }
    /// <summary>End of the last session.</summary>
    public DateTime? EndsAtUtc { get; set; }

    /// <summary>Recomputes <see cref="StartsAtUtc"/> and <see cref="EndsAtUtc"/> from the loaded sessions.</summary>
    public void RefreshDates()
    {
        StartsAtUtc = Sessions.Count == 0 ? null : Sessions.Min(s => s.StartsAtUtc);
        EndsAtUtc = Sessions.Count == 0 ? null : Sessions.Max(s => s.EndsAtUtc);
    }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public bool IsPublic => Status == EventStatus.Labelled;
}
