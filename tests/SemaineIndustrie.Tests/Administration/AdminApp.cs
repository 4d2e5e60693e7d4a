using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Auditing;
using SemaineIndustrie.Tests.Infrastructure;

namespace SemaineIndustrie.Tests.Administration;

/// <summary>What the administration tests read back: the audit entries written.</summary>
public static class AdminApp
{
    public static Task<List<AuditEntry>> AuditAsync(this AccountsApp app) =>
        app.App.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    /// <summary>The 2027 edition typed in the form, with some fields typed otherwise.</summary>
    public static (string, string)[] Edition2027With(params (string Name, string Value)[] changes) =>
        [.. Edition2027.Where(f => !changes.Any(c => c.Name == f.Item1)), .. changes];

    /// <summary>The 2027 edition as the administrator types it in the form.</summary>
    public static readonly (string, string)[] Edition2027 =
    [
        ("Input.Year", "2027"), ("Input.Number", "16"), ("Input.WeekStart", "2027-03-22"), ("Input.WeekEnd", "2027-03-28"),
        ("Input.ToleranceDaysBefore", "15"), ("Input.ToleranceDaysAfter", "10"),
        ("Input.SubmissionOpensOn", "2027-01-04"), ("Input.SubmissionDeadline", "2027-03-08"),
        ("Input.Theme", "« L’industrie, des métiers d’avenir »"), ("Input.SubThemes", "Mixité des métiers\nIndustrie verte\n"),
        ("Input.PersonalDataRetentionDays", "200"),
    ];
}
