using SemaineIndustrie.Data.Editions;

namespace SemaineIndustrie.Tests.Domain;

public class EditionWindowTests
{
    private static readonly Edition Week2026 = new()
    {
        Year = 2026, WeekStart = new DateOnly(2026, 11, 23), WeekEnd = new DateOnly(2026, 11, 29),
        ToleranceDaysBefore = 15, ToleranceDaysAfter = 15,
    };

    [Theory]
    [InlineData("2026-11-08", true)]   // first day of the tolerance before
    [InlineData("2026-11-07", false)]
    [InlineData("2026-11-25", true)]
    [InlineData("2026-12-14", true)]   // last day of the tolerance after
    [InlineData("2026-12-15", false)]
    public void AnEventCanBeLabelledOnlyWithinTheWeekAndItsTolerance(string day, bool inWindow) =>
        Assert.Equal(inWindow, Week2026.IsInWindow(DateOnly.Parse(day)));

    [Fact]
    public void AnEditionWithoutDatesHasNoWindow() =>
        Assert.False(new Edition { Year = 2013 }.IsInWindow(new DateOnly(2013, 3, 20)));
}
