namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// Splits a whole number of events between territories in proportion to weights, by the largest
/// remainder method (the one used to share seats): the shares always add up to the total.
/// </summary>
internal static class Apportionment
{
    /// <param name="minimum">
    /// A floor for every share, so that small departments still have a few events to show; it is
    /// dropped when the total is too small to give it to everyone.
    /// </param>
    public static int[] Split(int total, IReadOnlyList<long> weights, int minimum = 0)
    {
        var n = weights.Count;
        var shares = new int[n];
        if (n == 0 || total <= 0) return shares;
        if ((long)minimum * n > total) minimum = 0;

        // Territories whose proportional share falls under the floor get the floor and leave the
        // division; the rest is shared again among the others until no one falls under it.
        var floored = new bool[n];
        double[] quotas;
        while (true)
        {
            quotas = Quotas(total - minimum * floored.Count(f => f), weights, floored);
            var changed = false;
            for (var i = 0; i < n; i++)
                if (!floored[i] && quotas[i] < minimum) { floored[i] = true; changed = true; }
            if (!changed) break;
        }

        var given = 0;
        for (var i = 0; i < n; i++)
        {
            shares[i] = floored[i] ? minimum : (int)Math.Floor(quotas[i]);
            given += shares[i];
        }
        // Ties go to the earlier territory, so the result does not depend on sort stability.
        var byRemainder = Enumerable.Range(0, n).Where(i => !floored[i])
            .OrderByDescending(i => quotas[i] - Math.Floor(quotas[i])).ThenBy(i => i).ToList();
        for (var k = 0; given < total && byRemainder.Count > 0; k = (k + 1) % byRemainder.Count)
        {
            shares[byRemainder[k]]++;
            given++;
        }
        return shares;
    }

    private static double[] Quotas(int total, IReadOnlyList<long> weights, bool[] floored)
    {
        var quotas = new double[weights.Count];
        var free = Enumerable.Range(0, weights.Count).Where(i => !floored[i]).ToList();
        var sum = free.Sum(i => (double)weights[i]);
        foreach (var i in free)
            quotas[i] = sum > 0 ? total * weights[i] / sum : (double)total / free.Count;
        return quotas;
    }
}
