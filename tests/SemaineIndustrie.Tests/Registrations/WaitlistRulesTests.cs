using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Tests.Registrations;

public class WaitlistRulesTests
{
    private static readonly DateTime Start = new(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan TwoDays = TimeSpan.FromHours(48);

    [Fact]
    public void ANewcomerWhoFitsIsConfirmedWhenNobodyWaits()
    {
        Assert.True(Waitlist.ConfirmsNewcomer(freePlaces: 3, waiting: 0, places: 3, PromotionRule.StrictOrder));
        Assert.False(Waitlist.ConfirmsNewcomer(freePlaces: 3, waiting: 0, places: 4, PromotionRule.StrictOrder));
    }

    [Fact]
    public void ANewcomerNeverOvertakesTheWaitingListInStrictOrder()
    {
        Assert.False(Waitlist.ConfirmsNewcomer(freePlaces: 5, waiting: 1, places: 1, PromotionRule.StrictOrder));
        Assert.True(Waitlist.ConfirmsNewcomer(freePlaces: 5, waiting: 1, places: 1, PromotionRule.FirstFit));
    }

    [Fact]
    public void FreedPlacesGoToTheWaitingListInOrder()
    {
        var promoted = Waitlist.Promoted(4, [("Anne", 2), ("Bruno", 1), ("Chloé", 1), ("David", 1)], w => w.Item2, PromotionRule.StrictOrder);
        Assert.Equal(["Anne", "Bruno", "Chloé"], promoted.Select(w => w.Item1));
    }

    [Fact]
    public void AClassLargerThanTheFreePlacesKeepsItsTurnInStrictOrder()
    {
        // Five places free up; the class of 26 first in line waits for more, and the person behind it waits too.
        var promoted = Waitlist.Promoted(5, [("4e B", 26), ("Inès", 1)], w => w.Item2, PromotionRule.StrictOrder);
        Assert.Empty(promoted);
    }

    [Fact]
    public void InTheLastHoursThoseWhoFitGoAheadOfAClassThatDoesNot()
    {
        var promoted = Waitlist.Promoted(5, [("4e B", 26), ("Inès", 1), ("Famille Roux", 4), ("Marc", 1)], w => w.Item2, PromotionRule.FirstFit);
        Assert.Equal(["Inès", "Famille Roux"], promoted.Select(w => w.Item1));
    }

    [Fact]
    public void NobodyIsPromotedWithoutFreePlaces()
    {
        Assert.Empty(Waitlist.Promoted(0, [("Inès", 1)], w => w.Item2, PromotionRule.FirstFit));
    }

    [Fact]
    public void TheRuleTurnsToFirstFitTwoDaysBeforeTheSession()
    {
        Assert.Equal(PromotionRule.StrictOrder, Waitlist.RuleAt(Start, Start - TwoDays - TimeSpan.FromMinutes(1), TwoDays));
        Assert.Equal(PromotionRule.FirstFit, Waitlist.RuleAt(Start, Start - TwoDays, TwoDays));
        Assert.Equal(PromotionRule.FirstFit, Waitlist.RuleAt(Start, Start - TimeSpan.FromHours(1), TwoDays));
    }

    [Fact]
    public void APersonBooksAtMostTenPlacesOrTheSessionsOwnLimitNeverMoreThanTheCapacity()
    {
        Assert.Equal(10, new Session { Capacity = 30 }.MaxPlacesForPerson);
        Assert.Equal(4, new Session { Capacity = 30, MaxPlacesPerPerson = 4 }.MaxPlacesForPerson);
        Assert.Equal(6, new Session { Capacity = 6 }.MaxPlacesForPerson);
    }

    [Theory]
    [InlineData("0750655E", "0750655E")]
    [InlineData("0750654d", "0750654D")]
    [InlineData(" 0750 655E ", "0750655E")]
    [InlineData("0750655F", null)]
    [InlineData("075065E", null)]
    [InlineData("Lycée Champollion", null)]
    [InlineData("", null)]
    public void AUaiCodeIsSevenDigitsAndItsCheckLetter(string typed, string? expected) =>
        Assert.Equal(expected, Uai.Normalise(typed));

    [Fact]
    public void ErasingPersonalDataKeepsTheCounts()
    {
        var registration = new Registration
        {
            Kind = RegistrationKind.Group, Places = 26, Pupils = 24, Adults = 2, Establishment = "Collège Gambetta",
            Name = "Mme Martin", Email = "martin@ac-toulouse.fr", EmailKey = "martin@ac-toulouse.fr", Phone = "05 65 00 00 00",
        };
        registration.ErasePersonalData(Start);
        Assert.Null(registration.Name);
        Assert.Null(registration.Email);
        Assert.Null(registration.EmailKey);
        Assert.Null(registration.Phone);
        Assert.Equal((26, 24, 2, "Collège Gambetta"), (registration.Places, registration.Pupils, registration.Adults, registration.Establishment));
        Assert.Equal(Start, registration.PersonalDataErasedAtUtc);
    }
}
