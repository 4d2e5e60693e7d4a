namespace SemaineIndustrie.Web.Labelling;

/// <summary>
/// French working days: Monday to Friday except public holidays (Code du travail, L3133-1), with the two extra days of
/// Alsace-Moselle (Good Friday, 26 December) in the Moselle, the Bas-Rhin and the Haut-Rhin, and the day of the abolition
/// of slavery in each overseas department (law 83-550 and decree 83-1003, as amended for Mayotte).
/// </summary>
public static class WorkingDays
{
    private static readonly HashSet<string> AlsaceMoselle = ["57", "67", "68"];

    /// <summary>The abolition of slavery, a public holiday on its own day in each overseas department.</summary>
    private static readonly Dictionary<string, (int Month, int Day)> AbolitionOfSlavery = new()
    {
        ["971"] = (5, 27), // Guadeloupe
        ["972"] = (5, 22), // Martinique
        ["973"] = (6, 10), // Guyane
        ["974"] = (12, 20), // La Réunion
        ["976"] = (4, 27), // Mayotte
    };

    /// <summary>The committee answers within this many working days (the published rule).</summary>
    public const int ReviewDelay = 4;

    /// <summary>Easter Sunday of the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    public static IReadOnlySet<DateOnly> PublicHolidays(int year, string? departmentCode = null)
    {
        var easter = Easter(year);
        var days = new HashSet<DateOnly>
        {
            new(year, 1, 1), easter.AddDays(1), new(year, 5, 1), new(year, 5, 8), easter.AddDays(39), easter.AddDays(50),
            new(year, 7, 14), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
        };
        if (departmentCode is not null && AlsaceMoselle.Contains(departmentCode))
        {
            days.Add(easter.AddDays(-2));
            days.Add(new DateOnly(year, 12, 26));
        }
        if (departmentCode is not null && AbolitionOfSlavery.TryGetValue(departmentCode, out var abolition))
            days.Add(new DateOnly(year, abolition.Month, abolition.Day));
        return days;
    }

    public static bool IsWorkingDay(DateOnly day, string? departmentCode = null) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !PublicHolidays(day.Year, departmentCode).Contains(day);

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="from"/> (which itself does not count).</summary>
    public static DateOnly Add(DateOnly from, int count, string? departmentCode = null)
    {
        var day = from;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, departmentCode)) count--;
        }
        return day;
    }

    /// <summary>The day by which the committee must answer a submission made at that instant in that department.</summary>
    public static DateOnly ReviewDueOn(DateTime submittedAtUtc, string departmentCode, string timeZoneId) =>
        Add(DateOnly.FromDateTime(FrenchTime.ToLocal(submittedAtUtc, timeZoneId)), ReviewDelay, departmentCode);
}
