using Microsoft.AspNetCore.Http.HttpResults;

namespace SemaineIndustrie.Web.Organiser;

public static class OrganiserEndpoints
{
    public sealed record CommuneSuggestion(string Code, string Label, string Department);

    /// <summary>The event form's commune autocomplete (signed-in people only; the public API has its own).</summary>
    public static IEndpointRouteBuilder MapOrganiser(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/organisateur").RequireAuthorization();
        group.MapGet("/communes", async Task<Ok<IEnumerable<CommuneSuggestion>>> (string? q, CommuneIndex communes) =>
            TypedResults.Ok((await communes.SuggestAsync(q ?? "", 12)).Select(c => new CommuneSuggestion(c.InseeCode, c.Label, c.DepartmentCode))));
        return app;
    }
}
