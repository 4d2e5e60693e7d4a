using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Accounts;

namespace SemaineIndustrie.Web.Catalogue;

/// <summary>
/// Serves an event's picture: to everyone once the event is labelled; before that, only to its organisation's members
/// and the reviewers of its department (for anyone else it does not exist). The address carries the picture's version,
/// so that a public picture is cached for a year and a new one has a new address.
/// </summary>
public static class EventPictures
{
    public static string Url(int eventId, string version) => $"/evenements/{eventId}/image?v={version}";

    public static void MapEventPictures(this IEndpointRouteBuilder app) =>
        app.MapGet("/evenements/{id:int}/image", ServeAsync).ExcludeFromDescription();

    private static async Task<IResult> ServeAsync(int id, string? v, HttpContext http, AppDbContext db, Access access, CancellationToken ct)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == id && x.PictureVersion != null)
            .Select(x => new { x.Status, x.OrganisationId, x.DepartmentCode, Version = x.PictureVersion! }).FirstOrDefaultAsync(ct);
        if (e is null) return Results.NotFound();
        var isPublic = e.Status == EventStatus.Labelled;
        if (!isPublic && !await access.IsMemberAsync(e.OrganisationId, ct) && !(await access.ReviewScopeAsync(ct)).Covers(e.DepartmentCode))
            return Results.NotFound();

        var headers = http.Response.Headers;
        var etag = new EntityTagHeaderValue($"\"{e.Version}\"");
        headers.ETag = etag.ToString();
        headers.CacheControl = !isPublic ? "private, no-cache" : v == e.Version ? "public, max-age=31536000, immutable" : "public, max-age=300";
        headers.XContentTypeOptions = "nosniff";
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
            return Results.StatusCode(StatusCodes.Status304NotModified);

        var picture = await db.EventPictures.AsNoTracking().Where(p => p.EventId == id)
            .Select(p => new { p.Content, p.ContentType }).FirstOrDefaultAsync(ct);
        return picture is null ? Results.NotFound() : Results.Bytes(picture.Content, picture.ContentType);
    }
}
