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
}
