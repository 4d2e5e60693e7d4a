using Microsoft.AspNetCore.OpenApi;

namespace SemaineIndustrie.Web.Api;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>: what a re-user reads before calling the API.</summary>
public static class ApiDocumentation
{
    public const string DocumentName = "v1";

    public static void Configure(OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "API des événements de la Semaine de l’Industrie";
        document.Info.Version = "v1";
        document.Info.Description =
            "Les événements labellisés de la Semaine de l’Industrie en données ouvertes : liste paginée (JSON), carte (GeoJSON), "
            + "tableur (CSV), agenda (iCalendar), flux des nouveaux labels (RSS et Atom), recherche de communes. "
            + "Tous les formats acceptent les mêmes paramètres de recherche que les pages du site : l’adresse d’une recherche "
            + "s’y recopie telle quelle. Une valeur illisible (date, point, rayon, taille de page…) donne une erreur 400 qui nomme "
            + "le paramètre ; un code inconnu (département, type, filière…) est ignoré et signalé dans « notices » (JSON, GeoJSON) "
            + "et dans l’en-tête X-Notices (chaque message encodé en UTF-8 « pour-cent »). Les réponses sont mises en cache et "
            + "portent un ETag ; l’API accepte un nombre limité de requêtes par minute et par adresse IP (429 au-delà, avec Retry-After). "
            + "Accès libre depuis tout site (CORS).";
        return Task.CompletedTask;
    });
}
