namespace SemaineIndustrie.Data.ReferenceLists;

/// <summary>An entry of a reference list managed as data: a stable code, a French label, an order.</summary>
public abstract class ReferenceItem
{
    public required string Code { get; set; }
    public required string Label { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Retired entries stay for history but are no longer offered.</summary>
    public bool IsActive { get; set; } = true;
}

/// <summary>An industrial sector ("filière").</summary>
public class Sector : ReferenceItem
{
    /// <summary>Where the entry comes from: csf, csf_former or semaine (see the data README).</summary>
    public string Source { get; set; } = "";
}

/// <summary>A kind of event ("visite d'entreprise", "job dating"...).</summary>
public class EventKind : ReferenceItem;

/// <summary>An audience the event is meant for ("collégiens", "demandeurs d'emploi"...).</summary>
public class Audience : ReferenceItem;

/// <summary>A theme an event highlights ("mixité", "transition écologique"...).</summary>
public class Theme : ReferenceItem;
