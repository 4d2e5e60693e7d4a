namespace SemaineIndustrie.Data.Editions;

/// <summary>One yearly Semaine de l'Industrie: its week, its labelling window and its calendar.</summary>
public class Edition
{
    public int Id { get; set; }
    public int Year { get; set; }
    /// <summary>The ordinal ("13e édition") where a source states it.</summary>
    public int? Number { get; set; }
    public DateOnly? WeekStart { get; set; }
    public DateOnly? WeekEnd { get; set; }
    /// <summary>Days before the week during which an event can still be labelled.</summary>
    public int ToleranceDaysBefore { get; set; }
    /// <summary>Days after the week during which an event can still be labelled.</summary>
    public int ToleranceDaysAfter { get; set; }
    public DateOnly? SubmissionOpensOn { get; set; }
    public DateOnly? SubmissionDeadline { get; set; }
    public string? Theme { get; set; }
    public List<string> SubThemes { get; set; } = [];
    public EditionStatus Status { get; set; }
    /// <summary>How long registrants' personal data is kept after the week.</summary>
    public int PersonalDataRetentionDays { get; set; } = 180;
    public PublishedFigures Published { get; set; } = new();

    /// <summary>First day an event may take place and still be labelled.</summary>
    public DateOnly? WindowStart => WeekStart?.AddDays(-ToleranceDaysBefore);
    /// <summary>Last day an event may take place and still be labelled.</summary>
    public DateOnly? WindowEnd => WeekEnd?.AddDays(ToleranceDaysAfter);

    public bool IsInWindow(DateOnly day) =>
        WindowStart is { } start && WindowEnd is { } end && day >= start && day <= end;
}

public enum EditionStatus
{
    /// <summary>Being prepared by the national administrators; not shown.</summary>
    Preparing,
    /// <summary>The current edition: submissions and labelled events are live.</summary>
    Open,
    /// <summary>The week is over; figures are being gathered.</summary>
    Closed,
    /// <summary>A past edition kept for its history.</summary>
    Archived,
}

/// <summary>The figures the State published for an edition, as the source put them.</summary>
public class PublishedFigures
{
    public int? EventsCount { get; set; }
    public string? EventsQualifier { get; set; }
    public int? ParticipantsCount { get; set; }
    public string? ParticipantsQualifier { get; set; }
    public string? Notes { get; set; }
    public string? SourceUrls { get; set; }
}
