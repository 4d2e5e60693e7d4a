namespace SemaineIndustrie.Data.Auditing;

/// <summary>
/// One administrative action, kept for the administrators' audit log: who did what, when, on which object.
/// Written by the page that acts, in the same save as the change itself, so a change never lacks its entry.
/// </summary>
public class AuditEntry
{
    public const int DetailsMaxLength = 1000;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }
    /// <summary>The actor's name at the time, kept when the account is gone.</summary>
    public required string ActorName { get; set; }
    /// <summary>What kind of object was acted on: Edition, ReferenceItem, Account, Committee.</summary>
    public required string ObjectKind { get; set; }
    /// <summary>The object's key (edition year, list and code, account e-mail, department).</summary>
    public required string ObjectKey { get; set; }
    /// <summary>The action in French, as administrators read it (« a ouvert les soumissions »).</summary>
    public required string Action { get; set; }
    public string? Details { get; set; }
}
