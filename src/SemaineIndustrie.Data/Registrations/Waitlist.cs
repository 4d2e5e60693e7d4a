namespace SemaineIndustrie.Data.Registrations;

/// <summary>How free places go to the waiting list (ADR 0008).</summary>
public enum PromotionRule
{
    /// <summary>In order, and nobody overtakes: when the first in line does not fit, the places wait for them.</summary>
    StrictOrder,
    /// <summary>In order, but those who fit go ahead of those who do not: used in the last hours before the session.</summary>
    FirstFit,
}

/// <summary>The rules of capacity and of the waiting list, free of any storage.</summary>
public static class Waitlist
{
    /// <summary>
    /// Strict order until <paramref name="firstFitWindow"/> before the session starts; then first fit, since a group
    /// promoted so late could rarely come anyway (a class needs a bus and an authorisation) while places would be lost.
    /// </summary>
    public static PromotionRule RuleAt(DateTime sessionStartUtc, DateTime nowUtc, TimeSpan firstFitWindow) =>
        nowUtc >= sessionStartUtc - firstFitWindow ? PromotionRule.FirstFit : PromotionRule.StrictOrder;

    /// <summary>Whether a newcomer is confirmed at once rather than put on the waiting list.</summary>
    /// <param name="freePlaces">Capacity minus the places confirmed.</param>
    /// <param name="waiting">Registrations on the waiting list, once it has been served.</param>
    public static bool ConfirmsNewcomer(int freePlaces, int waiting, int places, PromotionRule rule) =>
        places <= freePlaces && (waiting == 0 || rule == PromotionRule.FirstFit);

    /// <summary>The waiting registrations that get the free places, taken in order.</summary>
    /// <param name="waiting">The waiting list in its order.</param>
    public static IReadOnlyList<T> Promoted<T>(int freePlaces, IEnumerable<T> waiting, Func<T, int> places, PromotionRule rule)
    {
        var promoted = new List<T>();
        foreach (var candidate in waiting)
        {
            var needed = places(candidate);
            if (needed <= freePlaces)
            {
                promoted.Add(candidate);
                freePlaces -= needed;
            }
            else if (rule == PromotionRule.StrictOrder)
            {
                break;
            }
            if (freePlaces == 0) break;
        }
        return promoted;
    }
}
