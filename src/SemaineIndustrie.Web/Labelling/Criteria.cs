using SemaineIndustrie.Data.Editions;

namespace SemaineIndustrie.Web.Labelling;

/// <summary>
/// The four published conditions of labelling. Two are read from the form (every session within the edition's window;
/// free entry); the committee judges the other two (open to the week's audiences; aimed at informing about industry).
/// </summary>
public sealed record Criteria(bool InWindow, bool IsFree)
{
    public const string Audiences = "Ouvert aux publics de la Semaine (jeunes, demandeurs d’emploi, grand public…)";
    public const string Industry = "A pour but d’informer sur l’industrie ou de communiquer sur elle";

    public bool AutomaticOnesHold => InWindow && IsFree;

    public static Criteria Of(Edition edition, IEnumerable<DateTime> sessionStartsUtc, IEnumerable<DateTime> sessionEndsUtc, bool isFree, string timeZoneId)
    {
        var days = sessionStartsUtc.Concat(sessionEndsUtc).Select(d => DateOnly.FromDateTime(FrenchTime.ToLocal(d, timeZoneId))).ToList();
        return new Criteria(days.Count > 0 && days.All(edition.IsInWindow), isFree);
    }

    public static bool IsLate(DateOnly? dueOn, DateTime nowUtc) =>
        dueOn is { } due && DateOnly.FromDateTime(FrenchTime.ToLocal(nowUtc, "Europe/Paris")) > due;
}
