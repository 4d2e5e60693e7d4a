using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// Gives an event a plausible past from fixed dates (never the clock, so that runs are identical):
/// written during the submission period, submitted a few days later, answered by the committee
/// within four working days.
/// </summary>
internal static class LabellingHistory
{
    private static readonly (EventStatus, int)[] OpenEdition =
    [
        (EventStatus.Labelled, 850), (EventStatus.Submitted, 50), (EventStatus.ChangesRequested, 30), (EventStatus.Draft, 25),
        (EventStatus.Refused, 15), (EventStatus.Withdrawn, 12), (EventStatus.Cancelled, 18),
    ];
    // In a past edition every submission has been answered: what remains is labelled, refused, withdrawn or cancelled.
    private static readonly (EventStatus, int)[] PastEdition =
        [(EventStatus.Labelled, 920), (EventStatus.Refused, 25), (EventStatus.Withdrawn, 25), (EventStatus.Cancelled, 30)];

    public static EventStatus PickStatus(EditionPlan edition, Random rng) => rng.PickWeighted(edition.IsOpen ? OpenEdition : PastEdition);

    public static void Stamp(Event e, EventStatus status, EditionPlan edition, Random rng)
    {
        var opens = At(edition.SubmissionOpensOn, rng);
        var deadline = At(edition.SubmissionDeadline, rng);
        var span = Math.Max(1, (edition.SubmissionDeadline.DayNumber - edition.SubmissionOpensOn.DayNumber) - 3);
        var created = opens.AddDays(rng.Next(span));
        var submitted = Min(created.AddDays(rng.Next(5)).AddMinutes(rng.Next(30, 180)), deadline);
        var answered = At(AddWorkingDays(DateOnly.FromDateTime(submitted), 1 + rng.Next(4)), rng);

        e.Status = status;
        e.CreatedAtUtc = created;
        e.SubmittedAtUtc = status == EventStatus.Draft ? null : submitted;
        e.LabelledAtUtc = status is EventStatus.Labelled or EventStatus.Cancelled ? answered : null;
        e.UpdatedAtUtc = status switch
        {
            EventStatus.Draft => created.AddHours(rng.Next(48)),
            EventStatus.Submitted => submitted,
            EventStatus.Withdrawn => submitted.AddDays(2 + rng.Next(9)),
            EventStatus.Cancelled => answered.AddDays(3 + rng.Next(18)),
            _ => answered,
        };
    }

    /// <summary>A time of the working day, in UTC, on the given date.</summary>
    private static DateTime At(DateOnly day, Random rng) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(7 + rng.Next(10), rng.Next(60))), DateTimeKind.Utc);

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var d = from;
        while (days > 0)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days--;
        }
        return d;
    }
}
