using SemaineIndustrie.Web.Catalogue;

namespace SemaineIndustrie.Tests.Domain;

public class FrenchTimeTests
{
    [Fact]
    public void ASessionReadsInTheDepartmentsOwnTime()
    {
        // The Lot opening: 9:00 in Paris is 8:00 UTC in November.
        var start = new DateTime(2021, 11, 24, 8, 0, 0, DateTimeKind.Utc);
        Assert.Equal("mercredi 24 novembre 2021, de 9 h 00 à 11 h 30", FrenchTime.Slot(start, start.AddHours(2.5), "Europe/Paris"));
        // The same instant on La Réunion (UTC+4) is noon, and says it is local time.
        Assert.Equal("mercredi 24 novembre 2021, de 12 h 00 à 14 h 30 (heure locale)", FrenchTime.Slot(start, start.AddHours(2.5), "Indian/Reunion"));
    }

    [Theory]
    [InlineData("2021-11-22", "2021-11-28", "du 22 au 28 novembre 2021")]
    [InlineData("2018-03-26", "2018-04-01", "du 26 mars au 1er avril 2018")]
    [InlineData("2023-11-27", "2023-12-03", "du 27 novembre au 3 décembre 2023")]
    [InlineData("2026-12-28", "2027-01-03", "du 28 décembre 2026 au 3 janvier 2027")]
    public void DateRangesReadAsInFrench(string start, string end, string expected) =>
        Assert.Equal(expected, FrenchTime.Range(DateOnly.Parse(start), DateOnly.Parse(end)));

    [Fact]
    public void LocalTimesBecomeUtcAcrossTheSummerTimeChange()
    {
        Assert.Equal(new DateTime(2026, 3, 28, 8, 0, 0), FrenchTime.ToUtc(new DateTime(2026, 3, 28, 9, 0, 0), "Europe/Paris"));
        Assert.Equal(new DateTime(2026, 3, 30, 7, 0, 0), FrenchTime.ToUtc(new DateTime(2026, 3, 30, 9, 0, 0), "Europe/Paris"));
    }
}
