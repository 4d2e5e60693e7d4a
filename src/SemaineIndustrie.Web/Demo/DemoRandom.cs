namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// Draws from a seeded <see cref="Random"/> only, so that the same seed gives the same demo, run after run.
/// </summary>
internal static class DemoRandom
{
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static T PickWeighted<T>(this Random rng, IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = 0;
        foreach (var (_, weight) in items) total += weight;
        var draw = rng.Next(total);
        foreach (var (item, weight) in items)
        {
            if (draw < weight) return item;
            draw -= weight;
        }
        return items[^1].Item;
    }

    /// <summary>Up to <paramref name="count"/> distinct items, in the order drawn.</summary>
    public static List<T> PickDistinct<T>(this Random rng, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var picked = new List<T>(count);
        while (picked.Count < count && pool.Count > 0)
        {
            var i = rng.Next(pool.Count);
            picked.Add(pool[i]);
            pool.RemoveAt(i);
        }
        return picked;
    }

    public static string Digits(this Random rng, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++) digits[i] = (char)('0' + rng.Next(10));
        return new string(digits);
    }

    /// <summary>
    /// A seed derived from a text with FNV-1a: string.GetHashCode changes from one process to the next,
    /// and places must not move between runs.
    /// </summary>
    public static int StableSeed(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text) { hash ^= c; hash *= 16777619u; }
            return (int)(hash & 0x7FFFFFFF);
        }
    }
}
