using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Web.Catalogue;

public sealed record Choice(string Code, string Label);

public static class Choices
{
    /// <summary>The labels alone, in the same order, as the pages and cards show them.</summary>
    public static IReadOnlyList<string> Labels(this IEnumerable<Choice> choices) => [.. choices.Select(c => c.Label)];
}

public sealed record DepartmentChoice(string Code, string Name, string RegionCode, string TimeZoneId)
{
    public string Label => $"{Name} ({Code})";
}

/// <summary>The reference lists the filters offer, read once and kept in memory for a few minutes.</summary>
public sealed class ReferenceLists(AppDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public Task<IReadOnlyList<Choice>> KindsAsync() => Get("kinds", db =>
        db.EventKinds.Where(k => k.IsActive).OrderBy(k => k.SortOrder).Select(k => new Choice(k.Code, k.Label)));

    public Task<IReadOnlyList<Choice>> SectorsAsync() => Get("sectors", db =>
        db.Sectors.Where(k => k.IsActive).OrderBy(k => k.Label).Select(k => new Choice(k.Code, k.Label)));

    public Task<IReadOnlyList<Choice>> AudiencesAsync() => Get("audiences", db =>
        db.Audiences.Where(k => k.IsActive).OrderBy(k => k.SortOrder).Select(k => new Choice(k.Code, k.Label)));

    public Task<IReadOnlyList<Choice>> RegionsAsync() => Get("regions", db =>
        db.Regions.OrderBy(r => r.Name).Select(r => new Choice(r.Code, r.Name)));

    public Task<IReadOnlyList<DepartmentChoice>> DepartmentsAsync() => Get("departments", db =>
        db.Departments.OrderBy(d => d.Code).Select(d => new DepartmentChoice(d.Code, d.Name, d.RegionCode, d.TimeZoneId)));

    public async Task<DepartmentChoice?> DepartmentAsync(string code) =>
        (await DepartmentsAsync()).FirstOrDefault(d => d.Code == code);

    /// <summary>Drops the kept lists after an administrator changed one, so that forms and filters offer the change at once.</summary>
    public void Forget()
    {
        foreach (var key in new[] { "kinds", "sectors", "audiences" }) cache.Remove("reference:" + key);
    }

    private async Task<IReadOnlyList<T>> Get<T>(string key, Func<AppDbContext, IQueryable<T>> query) where T : class
    {
        return (await cache.GetOrCreateAsync("reference:" + key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            return (IReadOnlyList<T>)await query(db).ToListAsync();
        }))!;
    }
}
