using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SemaineIndustrie.Web.Api;

/// <summary>A commune offered while a person types a place: « Cahors (46000) ».</summary>
/// <param name="Latitude">The commune's point (WGS 84), where the event form puts its pin.</param>
public sealed record CommuneSuggestion(string Code, string Name, IReadOnlyList<string> PostalCodes, ApiTerritory Department, string Label,
    double? Latitude = null, double? Longitude = null);

/// <summary>Commune autocomplete for the place field of the filters, and for re-users who need an INSEE code.</summary>
public static class SuggestCommunes
{
    public const int Limit = 10;

    public static void MapSuggestCommunes(this RouteGroupBuilder api) =>
        api.MapGet("/communes", SuggestAsync)
            .WithName("SuggestCommunes")
            .WithSummary("Communes dont le nom ou le code postal commence par le texte saisi")
            .WithDescription($"Au plus {Limit} communes, les plus proches du texte d’abord : « cah » propose Cahors, « 461 » les communes "
                + "dont un code postal commence par 461. Le code INSEE sert ensuite au paramètre « commune » des recherches.");

    private static async Task<Ok<List<CommuneSuggestion>>> SuggestAsync(
        [Description("Le début du nom de la commune ou de son code postal, sans souci des accents ni des majuscules.")] string? q,
        CommuneIndex communes, ReferenceLists lists)
    {
        if (string.IsNullOrWhiteSpace(q)) return TypedResults.Ok(new List<CommuneSuggestion>());
        var found = await communes.SuggestAsync(q.Length > 100 ? q[..100] : q, Limit);
        var departments = (await lists.DepartmentsAsync()).ToDictionary(d => d.Code);
        return TypedResults.Ok(found.Select(c => new CommuneSuggestion(
            c.InseeCode, c.Name, c.PostalCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            new ApiTerritory(c.DepartmentCode, departments.TryGetValue(c.DepartmentCode, out var d) ? d.Name : c.DepartmentCode),
            c.Label, c.Latitude, c.Longitude)).ToList());
    }
}
