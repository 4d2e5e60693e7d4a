using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Editions;

namespace SemaineIndustrie.Web.Demo;

/// <summary>What composing events needs to know of an edition: its week, its window, its calendar.</summary>
internal sealed record EditionPlan(
    int Id, int Year, DateOnly WeekStart, DateOnly WeekEnd, int ToleranceDaysBefore, int ToleranceDaysAfter,
    DateOnly SubmissionOpensOn, DateOnly SubmissionDeadline, string? Theme, bool IsOpen);

internal static class DemoEditions
{
    public const int OpenYear = 2026;

    /// <summary>The week of the 2026 edition, as the State announced it.</summary>
    public static readonly DateOnly OpenWeekStart = new(2026, 11, 23);

    /// <summary>
    /// The open edition of the demo, created when missing (by the seeder and by the generator alike), on its real week
    /// or on the week starting on the Monday on or after <paramref name="weekStart"/>, its calendar moved with it.
    /// </summary>
    public static async Task<Edition> EnsureOpenEditionAsync(AppDbContext db, CancellationToken ct, DateOnly? weekStart = null)
    {
        if (await db.Editions.FirstOrDefaultAsync(e => e.Year == OpenYear, ct) is { } existing) return existing;
        var start = weekStart ?? OpenWeekStart;
        while (start.DayOfWeek != DayOfWeek.Monday) start = start.AddDays(1);
        var edition = new Edition
        {
            Year = OpenYear,
            Number = 15,
            WeekStart = start,
            WeekEnd = start.AddDays(6),
            ToleranceDaysBefore = 15,
            ToleranceDaysAfter = 15,
            // As for the real 2026 edition: submissions from 1 September, until two weeks before the week.
            SubmissionOpensOn = start.AddDays(-83),
            SubmissionDeadline = start.AddDays(-14),
            Theme = "« Avec l’industrie, fabrique ton avenir »",
            SubThemes = ["Mixité des métiers", "Transition écologique", "Industrie du futur"],
            Status = EditionStatus.Open,
        };
        db.Editions.Add(edition);
        await db.SaveChangesAsync(ct);
        return edition;
    }

    /// <summary>
    /// Gives a week to an edition whose dates were not found (2013, 2014, 2017): the week then took
    /// place in spring, so the demo takes the week starting on the first Monday from 18 March.
    /// Returns whether the edition changed.
    /// </summary>
    public static bool EnsureWeek(Edition edition)
    {
        if (edition.WeekStart is not null && edition.WeekEnd is not null) return false;
        var start = edition.WeekStart ?? new DateOnly(edition.Year, 3, 18);
        while (start.DayOfWeek != DayOfWeek.Monday) start = start.AddDays(1);
        edition.WeekStart = start;
        edition.WeekEnd = start.AddDays(6);
        return true;
    }

    public static EditionPlan Plan(Edition edition)
    {
        var start = edition.WeekStart ?? throw new InvalidOperationException($"L’édition {edition.Year} n’a pas de dates.");
        var end = edition.WeekEnd ?? start.AddDays(6);
        // Past editions did not record their calendar: submissions are assumed to open twelve weeks
        // before the week and to close two weeks before it, as for the 2018 edition.
        var opens = edition.SubmissionOpensOn ?? start.AddDays(-84);
        var deadline = edition.SubmissionDeadline ?? start.AddDays(-14);
        return new EditionPlan(edition.Id, edition.Year, start, end, edition.ToleranceDaysBefore, edition.ToleranceDaysAfter,
            opens, deadline, edition.Theme, edition.Status == EditionStatus.Open);
    }
}
