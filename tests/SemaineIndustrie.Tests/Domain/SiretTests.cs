using SemaineIndustrie.Data.Organisations;

namespace SemaineIndustrie.Tests.Domain;

public class SiretTests
{
    [Theory]
    [InlineData("73282932000074")]      // a well-formed SIRET
    [InlineData("732 829 320 00074")]   // as people type it, with spaces
    [InlineData("35600000000048")]      // La Poste's head office
    [InlineData("35600000049837")]      // a La Poste establishment: sum of digits is a multiple of 5
    public void AcceptsSiretsWhoseCheckDigitIsRight(string siret) => Assert.True(Siret.IsValid(siret));

    [Theory]
    [InlineData("73282932000075")]  // wrong check digit
    [InlineData("7328293200007")]   // 13 digits
    [InlineData("7328293200007A")]  // a letter
    [InlineData("")]
    public void RefusesSiretsThatCannotExist(string siret) => Assert.False(Siret.IsValid(siret));

    [Fact]
    public void CompletesThirteenDigitsIntoAValidSiret()
    {
        var siret = Siret.WithCheckDigit("1234567890123");
        Assert.StartsWith("1234567890123", siret);
        Assert.True(Siret.IsValid(siret));
    }
}
