using Microsoft.AspNetCore.Http.HttpResults;

namespace SemaineIndustrie.Web.Api;

/// <summary>The API's errors, as ProblemDetails written in French.</summary>
public static class ApiProblems
{
    /// <summary>400 whose <c>errors</c> are keyed by the query-string parameter that cannot be read.</summary>
    public static ValidationProblem Invalid(IEnumerable<FilterError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "Des paramètres de la requête ne sont pas valides.",
        detail: "Corrigez les paramètres nommés dans « errors » : leurs valeurs ne peuvent pas être lues.");

    public static ProblemHttpResult EventNotFound(int id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Événement introuvable",
        detail: $"Aucun événement labellisé ne porte le numéro {id}.");

    public static ProblemHttpResult UnknownAddress(string path) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Adresse inconnue",
        detail: $"L’API n’a pas d’adresse « /api/v1/{path} » : la liste des adresses est dans /openapi/v1.json.");
}
