using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SemaineIndustrie.Data.Committees;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;
using SemaineIndustrie.Data.ReferenceLists;

namespace SemaineIndustrie.Web.Infrastructure.Caching;

/// <summary>Evicts the cached public pages and feeds when a save touches what they show.</summary>
public sealed class CatalogueChangeInterceptor(CatalogueVersion version, IOutputCacheStore store) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (eventData.Context is { } context && pending.Remove(context)) await NotifyAsync(ct);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && pending.Remove(context)) NotifyAsync().AsTask().GetAwaiter().GetResult();
        return result;
    }

    /// <summary>For changes made without the change tracker (a session closed, for instance).</summary>
    public ValueTask NotifyAsync(CancellationToken ct = default) => NotifyAsync(CatalogueChange.Content, ct);

    /// <summary>
    /// For places taken or given back: only the pages that show them when no session filled up or took registrations
    /// again (<see cref="CatalogueChange.PlacesLeft"/>), every public page otherwise.
    /// </summary>
    public async ValueTask NotifyAsync(CatalogueChange change, CancellationToken ct = default)
    {
        switch (change)
        {
            case CatalogueChange.Content:
                version.Bump();
                await store.EvictByTagAsync(PublicCache.Tag, ct);
                break;
            case CatalogueChange.PlacesLeft:
                version.BumpPlaces();
                await store.EvictByTagAsync(PublicCache.PlacesTag, ct);
                break;
        }
    }

    private void Remember(DbContext? context)
    {
        if (context is null) return;
        var touched = context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Event or Session or Organisation or Edition or ReferenceItem or SteeringCommittee or CommitteePartner or Data.Registrations.Attendance);
        if (touched) pending.AddOrUpdate(context, true);
    }
}
