using SemaineIndustrie.Web.Labelling;

namespace SemaineIndustrie.Tests.Labelling;

public class WorkingDaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void EasterFallsOnTheKnownSundays(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), WorkingDays.Easter(year));

    [Fact]
    public void FourWorkingDaysSkipTheWeekendAndArmisticeDay()
    {
        // Submitted on Monday 9 November 2026: Tue 10, (Wed 11 is a holiday), Thu 12, Fri 13, Mon 16.
        Assert.Equal(new DateOnly(2026, 11, 16), WorkingDays.Add(new DateOnly(2026, 11, 9), 4));
    }

    [Fact]
    public void AscensionAndWhitMondayAreNotWorkingDays()
    {
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 5, 14))); // Ascension
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2026, 5, 25))); // Whit Monday
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2026, 5, 15)));
    }

    [Fact]
    public void GoodFridayIsAHolidayOnlyInAlsaceMoselle()
    {
        var goodFriday = new DateOnly(2026, 4, 3);
        Assert.True(WorkingDays.IsWorkingDay(goodFriday, "46"));
        Assert.False(WorkingDays.IsWorkingDay(goodFriday, "57"));
    }

    [Fact]
    public void ASubmissionOnSaturdayEveningInParisIsDueOnThursday()
    {
        var saturdayEvening = new DateTime(2026, 11, 21, 22, 30, 0, DateTimeKind.Utc); // 23:30 in Paris
        Assert.Equal(new DateOnly(2026, 11, 26), WorkingDays.ReviewDueOn(saturdayEvening, "46", "Europe/Paris"));
    }

    [Theory]
    [InlineData("971", 5, 27)] // Guadeloupe
    [InlineData("972", 5, 22)] // Martinique
    [InlineData("973", 6, 10)] // Guyane
    [InlineData("974", 12, 20)] // La Réunion
    [InlineData("976", 4, 27)] // Mayotte
    public void TheAbolitionOfSlaveryIsAHolidayOnlyInItsOwnOverseasDepartment(string department, int month, int day)
    {
        var abolition = new DateOnly(2027, month, day);
        Assert.Contains(abolition, WorkingDays.PublicHolidays(2027, department));
        Assert.DoesNotContain(abolition, WorkingDays.PublicHolidays(2027, "46"));
        foreach (var other in new[] { "971", "972", "973", "974", "976" }.Where(o => o != department))
            Assert.DoesNotContain(abolition, WorkingDays.PublicHolidays(2027, other));
    }

    [Fact]
    public void AReunionSubmissionBeforeTheTwentiethOfDecemberSkipsIt()
    {
        // Wednesday 15 December 2027 on La Réunion: Thu 16, Fri 17, Mon 20 is the abolition day, Tue 21, Wed 22.
        Assert.Equal(new DateOnly(2027, 12, 22), WorkingDays.Add(new DateOnly(2027, 12, 15), 4, "974"));
        Assert.Equal(new DateOnly(2027, 12, 21), WorkingDays.Add(new DateOnly(2027, 12, 15), 4, "46"));
    }

    [Fact]
    public void AMartiniqueSubmissionIsDueInItsOwnTimeZoneAndSkipsItsHoliday()
    {
        Assert.Equal(new DateOnly(2028, 5, 25), WorkingDays.Easter(2028).AddDays(39));
        // Friday 19 May 2028, 21:00 in Fort-de-France (Saturday 01:00 UTC): Mon 22 is the abolition day and
        // Thu 25 Ascension, so Tue 23, Wed 24, Fri 26, Mon 29;
        // the Lot's committee, with Mon 22 working, would answer by Fri 26.
        var fridayEvening = new DateTime(2028, 5, 20, 1, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new DateOnly(2028, 5, 29), WorkingDays.ReviewDueOn(fridayEvening, "972", "America/Martinique"));
        Assert.Equal(new DateOnly(2028, 5, 26), WorkingDays.ReviewDueOn(fridayEvening, "46", "Europe/Paris"));
    }
}
