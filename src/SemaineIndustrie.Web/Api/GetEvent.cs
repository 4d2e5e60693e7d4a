using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Api;

/// <summary>One labelled event, as JSON or as a calendar file (the « Ajouter à mon agenda » link of its page).</summary>
public static class GetEvent
{
    public static void MapGetEvent(this RouteGroupBuilder api)
    {
        api.MapGet("/events/{id:int}", GetAsync)
            .WithName("GetEvent")
            .WithSummary("Un événement labellisé (JSON)")
            .WithDescription("L’événement, ses séances, leur capacité et les places restantes. 404 s’il n’existe pas ou n’est pas labellisé.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/events/{id:int}.ics", CalendarAsync)
            .WithName("GetEventCalendar")
            .WithSummary("Un événement labellisé au format iCalendar")
            .WithDescription("Un fichier .ics (RFC 5545) avec une entrée par séance, à ouvrir dans un agenda.")
            .Produces<string>(StatusCodes.Status200OK, EventsCalendar.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<ApiEvent>, ProblemHttpResult>> GetAsync(
        [Description("Le numéro de l’événement, comme dans l’adresse de sa page (/evenements/42).")] int id,
        AppDbContext db, EventLinks links, CancellationToken ct)
    {
        var found = (await ApiEvent.ReadAsync(db, [id], links, ct)).SingleOrDefault();
        return found is null ? ApiProblems.EventNotFound(id) : TypedResults.Ok(found);
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> CalendarAsync(
        [Description("Le numéro de l’événement, comme dans l’adresse de sa page (/evenements/42).")] int id,
        AppDbContext db, EventLinks links, CancellationToken ct)
    {
        var title = await Labelled(db, id).Select(e => e.Title).FirstOrDefaultAsync(ct);
        if (title is null) return ApiProblems.EventNotFound(id);
        return EventsCalendar.Write(title, null, CalendarEntry.Of(Labelled(db, id)), links, $"evenement-{id}.ics", ct);
    }

    private static IQueryable<Event> Labelled(AppDbContext db, int id) =>
        db.Events.AsNoTracking().Where(e => e.Id == id && e.Status == EventStatus.Labelled);
}
