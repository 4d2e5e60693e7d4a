using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace SemaineIndustrie.Web.Api;

/// <summary>
/// The query-string parameters of every search, documented once for every format. They are read by
/// <see cref="EventFilterParser"/> from the raw query string, as on the list pages, so OpenAPI cannot infer them.
/// </summary>
public static class SearchParameters
{
    public sealed record Parameter(string Name, string Description, JsonSchemaType Type, JsonNode Example, string? Format = null, string[]? Values = null);

    public static readonly IReadOnlyList<Parameter> All =
    [
        new("q", "Mots à chercher dans le titre, le résumé, la description, le lieu, la commune et l’organisateur, sans souci des accents, "
            + "des majuscules ni des pluriels (200 caractères au plus).", JsonSchemaType.String, "visite usine"),
        new("edition", "Année de l’édition ; l’édition en cours par défaut.", JsonSchemaType.Integer, 2026),
        new("region", "Code INSEE de la région (76 pour l’Occitanie).", JsonSchemaType.String, "76"),
        new("department", "Code du département (46, 2A, 971).", JsonSchemaType.String, "46"),
        new("commune", "Code INSEE de la commune (46042 pour Cahors) : ses événements, ou ceux du rayon radiusKm autour d’elle.",
            JsonSchemaType.String, "46042"),
        new("place", "Une commune telle qu’on la tape : « Cahors », « 46000 » (toutes les communes de ce code postal), « Cahors (46000) ».",
            JsonSchemaType.String, "Cahors (46000)"),
        new("near", "Un point « latitude,longitude » en degrés décimaux : les événements à moins de radiusKm de ce point (20 km par défaut).",
            JsonSchemaType.String, "44.45,1.44"),
        new("radiusKm", $"Rayon en kilomètres autour de commune, place ou near, au plus {EventFilter.MaxRadiusKm:0}.", JsonSchemaType.Number, 30),
        new("from", "Date (AAAA-MM-JJ) : les événements qui finissent ce jour-là ou après, en heure de Paris.", JsonSchemaType.String, "2026-11-23", "date"),
        new("to", "Date (AAAA-MM-JJ) : les événements qui commencent ce jour-là ou avant, en heure de Paris.", JsonSchemaType.String, "2026-11-29", "date"),
        new("kind", "Code du type d’événement (visite-entreprise, job-dating, atelier…).", JsonSchemaType.String, "visite-entreprise"),
        new("sector", "Code de la filière industrielle.", JsonSchemaType.String, "CSF_MINES_METALLURGIE"),
        new("audience", "Code du public visé (collegiens, lyceens, demandeurs-emploi…).", JsonSchemaType.String, "collegiens"),
        new("accessible", "true : seulement les événements accessibles aux personnes à mobilité réduite.", JsonSchemaType.Boolean, true),
        new("registrationOpen", "true : seulement les événements dont une séance à venir prend encore des inscriptions.", JsonSchemaType.Boolean, true),
        new("featured", "true : seulement les temps forts de la semaine.", JsonSchemaType.Boolean, true),
        new("sort", "Ordre : date, distance (avec un lieu et un rayon) ou relevance (avec un texte). Par défaut, la pertinence s’il y a "
            + "un texte, sinon la date, temps forts en premier.", JsonSchemaType.String, "date", Values: ["date", "distance", "relevance"]),
        new("page", "Numéro de la page, à partir de 1.", JsonSchemaType.Integer, 1),
        new("pageSize", $"Événements par page, de 1 à {EventFilter.MaxPageSize} ({EventFilter.DefaultPageSize} par défaut).", JsonSchemaType.Integer, 20),
    ];

    /// <summary>Documents the search parameters on an endpoint; feeds that are not paged leave out page and pageSize.</summary>
    public static RouteHandlerBuilder WithSearchParameters(this RouteHandlerBuilder endpoint, bool paged) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var p in All.Where(p => paged || p.Name is not ("page" or "pageSize")))
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Query,
                    Description = p.Description,
                    Example = p.Example.DeepClone(),
                    Schema = new OpenApiSchema
                    {
                        Type = p.Type, Format = p.Format,
                        Enum = p.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
                    },
                });
            return Task.CompletedTask;
        });
}
