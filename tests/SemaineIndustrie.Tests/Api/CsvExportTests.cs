using System.Text;
using SemaineIndustrie.Web.Api;
using SemaineIndustrie.Web.Infrastructure.Database;
using C = SemaineIndustrie.Tests.Api.ApiCatalogue;
using static SemaineIndustrie.Tests.Api.FeedReaders;

namespace SemaineIndustrie.Tests.Api;

/// <summary>The spreadsheet opens in a French Excel as it is, and no cell can run as a formula.</summary>
public class CsvExportTests
{
    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task TheFileIsUtf8WithABomSemicolonsAndCrlf(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var response = await client.GetAsync("/api/v1/events.csv?department=46");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("evenements-semaine-industrie-2026.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("Identifiant;Titre;Résumé;Type;Filières;Publics;Organisateur;", text);
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\r\n\r\n", text);
        Assert.Equal(text.Split('\n').Length - 1, text.Split("\r\n").Length - 1 + CountInQuotedCells(text)); // every bare \n sits inside a quoted cell
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task AFormulaTitleIsNeutralisedAndQuotedCellsReadBackWhole(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var rows = ReadCsv(await client.GetTextAsync("/api/v1/events.csv?department=46"));
        var formula = Assert.Single(rows, r => r["Titre"].Contains("HYPERLINK"));

        Assert.Equal("'" + C.Formula, formula["Titre"]);
        Assert.Equal("'-1 place ; +2 \"invités\"\nsur deux lignes", formula["Résumé"]);
        var auch = ReadCsv(await client.GetTextAsync("/api/v1/events.csv?department=32")).Single();
        Assert.Equal(C.Auch, auch["Titre"]);
    }

    [Theory, MemberData(nameof(C.Providers), MemberType = typeof(C))]
    public async Task ARowGivesTheEventsPlaceFirstStartLastEndAndSessionCount(DatabaseProvider provider)
    {
        var client = (await C.GetAsync(provider)).CreateClient();

        var visit = ReadCsv(await client.GetTextAsync("/api/v1/events.csv?q=visite%20usine")).Single();
        var guadeloupe = ReadCsv(await client.GetTextAsync("/api/v1/events.csv?department=971")).Single();

        Assert.Equal("Cahors", visit["Commune"]);
        Assert.Equal("46042", visit["Code commune INSEE"]);
        Assert.Equal("46000", visit["Code postal"]);
        Assert.Equal("Lot", visit["Département"]);
        Assert.Equal("Occitanie", visit["Région"]);
        Assert.Equal("Mines et métallurgie", visit["Filières"]);
        Assert.Equal("Collégiens", visit["Publics"]);
        Assert.Equal("44,44681", visit["Latitude"]); // a number to a French Excel
        Assert.Equal("oui", visit["Temps fort"]);
        Assert.Equal("2026-11-24 09:00", visit["Début"]);
        Assert.Equal("2026-11-26 16:00", visit["Fin"]);
        Assert.Equal("2", visit["Nombre de séances"]);
        Assert.StartsWith("http://localhost:5080/evenements/", visit["Page de l’événement"]);
        Assert.Equal("-61,73228", guadeloupe["Longitude"]); // a computed number is never taken for a formula
        Assert.Equal("2026-11-24 04:00", guadeloupe["Début"]);
        Assert.Equal("America/Guadeloupe", guadeloupe["Fuseau horaire"]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 5 65 00 00 00", "'+33 5 65 00 00 00")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Visite = découverte", "Visite = découverte")]
    [InlineData(null, "")]
    public void TextCellsThatStartLikeAFormulaGetAnApostrophe(string? value, string expected) =>
        Assert.Equal(expected, CsvFormat.Text(value));

    [Fact]
    public void CellsWithSeparatorsQuotesOrLineBreaksAreQuoted() =>
        Assert.Equal("a;\"b;c\";\"d \"\"e\"\"\";\"f\ng\"\r\n", CsvFormat.Line(["a", "b;c", "d \"e\"", "f\ng"]));

    private static int CountInQuotedCells(string text)
    {
        var (inQuotes, count) = (false, 0);
        foreach (var c in text)
        {
            if (c == '"') inQuotes = !inQuotes;
            else if (c == '\n' && inQuotes) count++;
        }
        return count;
    }
}
