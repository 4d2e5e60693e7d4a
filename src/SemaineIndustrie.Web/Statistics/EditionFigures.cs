namespace SemaineIndustrie.Web.Statistics;

/// <summary>A count under a code and its French label.</summary>
public sealed record Count(string Code, string Label, int Value);

/// <summary>Everything counted for an edition in a territory (see <see cref="StatisticsService"/>).</summary>
public sealed record EditionFigures(
    int Year,
    Territory Territory,
    int Labelled,
    IReadOnlyList<Count> States,
    IReadOnlyList<Count> Kinds,
    IReadOnlyList<Count> Sectors,
    IReadOnlyList<Count> Audiences,
    IReadOnlyList<Count> Themes,
    IReadOnlyList<Count> Departments,
    RegistrationFigures Registrations,
    IReadOnlyList<Count> Attendance,
    IReadOnlyList<Count> SubmissionsByWeek,
    DelayFigures Delays,
    IReadOnlyList<YearFigures> Years)
{
    public int AttendanceTotal => Attendance.Sum(a => a.Value);
}

/// <summary>Sessions that take registrations on the platform, their places, and the registrations made.</summary>
public sealed record RegistrationFigures(
    int PlatformSessions, int PlacesOffered, int PlacesTaken,
    int Confirmed, int ConfirmedPlaces, int Groups, int Pupils, int Waitlisted, int WaitlistedPlaces, int Cancelled);

/// <summary>How long committees took to label, from the (last) submission to the label, in calendar days.</summary>
/// <param name="LabelledOnTime">Labelled by the due date (4 working days after submission).</param>
/// <param name="LabelledLate">Labelled after the due date.</param>
/// <param name="PendingLate">Still waiting for an answer past the due date, today.</param>
public sealed record DelayFigures(int Measured, double? MedianDays, int LabelledOnTime, int LabelledLate, int PendingLate);

/// <summary>One edition in the year-on-year comparison: the figures the State published (national only) and the platform's.</summary>
public sealed record YearFigures(int Year, int? PublishedEvents, int? PublishedParticipants, int? LabelledOnPlatform, int? ReportedAttendance);
