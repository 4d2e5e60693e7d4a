using System.Globalization;
using System.Text;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Api;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>A session's registrations as a spreadsheet a French Excel opens as it is (<see cref="CsvFormat"/>: BOM, semicolons, no formulas).</summary>
public static class RegistrationsCsv
{
    private static readonly string[] Header =
    [
        "N° d’arrivée", "Statut", "Type", "Nom", "Adresse électronique", "Téléphone", "Places", "Élèves", "Accompagnateurs",
        "Établissement", "Code UAI", "Niveau", "Canal", "Inscrit le", "Présent",
    ];

    public static byte[] Write(IEnumerable<RegistrationRow> rows, string timeZoneId)
    {
        var text = new StringBuilder(CsvFormat.Line(Header));
        foreach (var r in rows)
            text.Append(CsvFormat.Line(
            [
                CsvFormat.Number(r.ArrivalNumber), r.StatusLabel, r.Kind == RegistrationKind.Group ? "Groupe" : "Individuel",
                CsvFormat.Text(r.Name), CsvFormat.Text(r.Email), CsvFormat.Text(r.Phone), CsvFormat.Number(r.Places),
                CsvFormat.Number(r.Pupils), CsvFormat.Number(r.Adults), CsvFormat.Text(r.Establishment), CsvFormat.Text(r.Uai),
                CsvFormat.Text(r.ClassLevel), r.Channel == RegistrationChannel.Api ? "Site partenaire" : "Site",
                CsvFormat.LocalTime(r.CreatedAtUtc, timeZoneId),
                r.CheckedInAtUtc is null ? "" : CsvFormat.LocalTime(r.CheckedInAtUtc, timeZoneId),
            ]));
        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string FileName(int sessionId, DateTime startsAtUtc, string timeZoneId) =>
        $"inscriptions-creneau-{sessionId}-{FrenchTime.ToLocal(startsAtUtc, timeZoneId).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
}
