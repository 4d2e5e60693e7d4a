namespace SemaineIndustrie.Data.Auditing;

/// <summary>An entity whose creation and last change are stamped by <see cref="AuditingInterceptor"/>.</summary>
public interface IAuditable
{
    DateTime CreatedAtUtc { get; set; }
    DateTime UpdatedAtUtc { get; set; }
}
