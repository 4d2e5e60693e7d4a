using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data.Registrations;
using static SemaineIndustrie.Web.Registrations.RegistrationOutcome;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>A registration sent by a partner's site, as JSON.</summary>
public sealed record RegistrationBody(
    [property: Description("« individual » : une personne, pour une ou plusieurs places ; « group » : un groupe ou une classe, compté et jamais nommé.")] string? Kind,
    [property: Description("Prénom et nom de la personne, ou du contact du groupe.")] string? Name,
    [property: Description("Adresse électronique : la confirmation et le lien privé (voir, annuler) y sont envoyés.")] string? Email,
    [property: Description("Téléphone, facultatif.")] string? Phone,
    [property: Description("individual : nombre de places, de 1 au maximum du créneau (10 par défaut).")] int? Places,
    [property: Description("group : l’établissement ou la structure.")] string? Establishment,
    [property: Description("group : code UAI de l’établissement, facultatif (7 chiffres et une lettre).")] string? Uai,
    [property: Description("group : niveau ou classe, facultatif (« 4e »).")] string? Level,
    [property: Description("group : nombre d’élèves ou de participants.")] int? Pupils,
    [property: Description("group : nombre d’adultes accompagnateurs (0 par défaut).")] int? Adults);

public enum ApiRegistrationStatus { Confirmed, Waitlisted }

/// <param name="ManageUrl">The registrant's private page, also mailed to them: to be given to them only.</param>
public sealed record RegistrationCreated(
    ApiRegistrationStatus Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull), Description("Position sur la liste d’attente (1 : la première), quand status vaut waitlisted.")] int? WaitlistPosition,
    [property: Description("Places prises ou demandées.")] int Places,
    [property: Description("La page privée de l’inscription, aussi envoyée par courriel : à ne donner qu’à la personne inscrite.")] string ManageUrl);

/// <summary><c>POST /api/v1/sessions/{sessionId}/registrations</c>: registration for partners' sites (ADR 0008).</summary>
public static class RegistrationsApi
{
    public const string CorsPolicy = "inscriptions-partenaires";

    public static void MapRegistrationsApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/sessions")
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(RegistrationRateLimitPolicy.Name)
            .WithTags("Inscriptions")
            .MapPost("/{sessionId:int}/registrations", RegisterAsync)
            .WithName("Register")
            .WithSummary("Inscrire une personne ou un groupe à une séance")
            .WithDescription("Pour les sites partenaires : la même inscription que le formulaire du site, pour une séance dont l’inscription "
                + "se fait sur la plateforme. 201 : « confirmed », ou « waitlisted » avec la position sur la liste d’attente quand la séance est "
                + "complète (les places libérées sont attribuées dans l’ordre d’arrivée). La personne reçoit un courriel avec son lien privé. "
                + "400 : champs invalides, nommés dans « errors » avec un message en français. 404 : séance inconnue ou événement non publié. "
                + "409 : cette adresse est déjà inscrite à la séance. 422 : la séance ne prend pas d’inscription (passée, close, événement annulé, "
                + "entrée libre ou inscription ailleurs). 429 : trop d’inscriptions depuis la même adresse IP ou avec la même adresse électronique.")
            .Accepts<RegistrationBody>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Created<RegistrationCreated>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        [Description("Le numéro de la séance, « id » d’une séance dans /api/v1/events.")] int sessionId,
        HttpRequest http, RegistrationDesk desk, RegistrationLetters letters, IOptions<JsonOptions> json, CancellationToken ct)
    {
        RegistrationBody? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<RegistrationBody>(http.Body, json.Value.SerializerOptions, ct);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "body";
            return Invalid(new() { [field] = [field == "body" ? "Le corps de la requête n’est pas un objet JSON lisible."
                : e.Message.Contains(Infrastructure.TextSafety.Message, StringComparison.Ordinal) ? Infrastructure.TextSafety.Message
                : "Cette valeur n’a pas le type attendu (un nombre entier ou un texte)."] });
        }
        if (body is null) return Invalid(new() { ["body"] = ["Le corps de la requête est vide : envoyez un objet JSON."] });
        RegistrationKind? kind = body.Kind?.Trim().ToLowerInvariant() switch { "individual" => RegistrationKind.Individual, "group" => RegistrationKind.Group, _ => null };
        if (kind is null) return Invalid(new() { ["kind"] = ["Indiquez « individual » (une personne) ou « group » (un groupe, une classe)."] });

        var request = new RegistrationRequest(kind.Value, body.Name, body.Email, body.Phone, body.Places,
            body.Establishment, body.Uai, body.Level, body.Pupils, body.Adults ?? 0);
        return await desk.RegisterAsync(sessionId, request, RegistrationChannel.Api) switch
        {
            Registered r => TypedResults.Created(letters.LinkTo(r.Token), new RegistrationCreated(
                r.Status == RegistrationStatus.Confirmed ? ApiRegistrationStatus.Confirmed : ApiRegistrationStatus.Waitlisted,
                r.WaitlistPosition, r.Places, letters.LinkTo(r.Token))),
            Invalid invalid => Invalid(invalid.Errors),
            Refused refused => Problem(refused),
            _ => throw new InvalidOperationException(),
        };
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors,
        title: "L’inscription contient des erreurs.", detail: "Corrigez les champs nommés dans « errors ».");

    private static ProblemHttpResult Problem(Refused refused) => TypedResults.Problem(refused.Message, statusCode: refused.Reason switch
    {
        Refusal.NotFound => StatusCodes.Status404NotFound,
        Refusal.AlreadyRegistered => StatusCodes.Status409Conflict,
        Refusal.TooMany => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status422UnprocessableEntity,
    }, title: refused.Reason switch
    {
        Refusal.NotFound => "Séance introuvable",
        Refusal.AlreadyRegistered => "Déjà inscrit",
        Refusal.TooMany => "Trop d’inscriptions",
        _ => "Inscription impossible",
    });
}
