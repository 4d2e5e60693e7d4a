using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Auditing;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Administration;

/// <summary>The kinds of object the audit log names, with the words administrators read.</summary>
public static class AuditObjects
{
    public const string Edition = "Edition";
    public const string ReferenceItem = "ReferenceItem";
    public const string Account = "Account";
    public const string Committee = "Committee";

    public static readonly IReadOnlyList<(string Kind, string Label)> All =
    [
        (Edition, "Édition"), (ReferenceItem, "Liste de référence"), (Account, "Compte"), (Committee, "Comité de pilotage"),
    ];

    public static string Label(string kind) => All.FirstOrDefault(a => a.Kind == kind).Label ?? kind;
}

/// <summary>
/// Records administrative actions. The entry is added to the page's unit of work, so it is saved with the change it
/// describes, or not at all (ADR 0010).
/// </summary>
public sealed class AuditLog(AppDbContext db, Access access, TimeProvider clock)
{
    public void Record(string objectKind, string objectKey, string action, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = access.UserId,
            ActorName = access.Actor.Name,
            ObjectKind = objectKind,
            ObjectKey = objectKey,
            Action = action,
            Details = details is { Length: > AuditEntry.DetailsMaxLength } ? details[..AuditEntry.DetailsMaxLength] : details,
        });
}
