using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Labelling;

namespace SemaineIndustrie.Web.Labelling;

/// <summary>One line of an event's history as people read it.</summary>
public sealed record HistoryLine(DateTime AtUtc, string Who, DecisionKind Kind, string? Message)
{
    public string When => $"{FrenchTime.Day(DateOnly.FromDateTime(FrenchTime.ToLocal(AtUtc, "Europe/Paris")))} à {FrenchTime.Time(FrenchTime.ToLocal(AtUtc, "Europe/Paris"))}";
    public string What => StatusLabels.Of(Kind);

    public static async Task<IReadOnlyList<HistoryLine>> OfAsync(AppDbContext db, int eventId) =>
        await db.Decisions.AsNoTracking().Where(d => d.EventId == eventId).OrderBy(d => d.AtUtc).ThenBy(d => d.Id)
            .Select(d => new HistoryLine(d.AtUtc, d.ActorName, d.Kind, d.Message)).ToListAsync();
}
