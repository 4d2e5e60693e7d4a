using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// A transaction holding one session: it starts by updating the session's row, which PostgreSQL locks until the end
/// (other instances' registrations for the session wait their turn) and for which SQLite takes the database's write
/// lock (BEGIN IMMEDIATE, Microsoft.Data.Sqlite's default, with its busy timeout). What is read afterwards is current
/// and stays so; places are still only ever taken by a conditional update, which the database checks (ADR 0008).
/// </summary>
public sealed class SessionLock : IAsyncDisposable
{
    private readonly AppDbContext db;
    private readonly IDbContextTransaction transaction;

    public SessionFacts Facts { get; private set; }
    /// <summary>Places confirmed or released under this lock: the public pages show places left and must be refreshed.</summary>
    public bool PlacesChanged { get; private set; }

    private SessionLock(AppDbContext db, IDbContextTransaction transaction, SessionFacts facts)
    {
        this.db = db;
        this.transaction = transaction;
        Facts = facts;
    }

    /// <summary>Locks the session; with <paramref name="newArrival"/>, also gives the next arrival number (<see cref="SessionFacts.Arrivals"/>).</summary>
    public static async Task<SessionLock?> TakeAsync(AppDbContext db, int sessionId, bool newArrival, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        var increment = newArrival ? 1 : 0;
        var rows = await db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Arrivals, x => x.Arrivals + increment), ct);
        var facts = rows == 1 ? await SessionFacts.ReadAsync(db, sessionId, ct) : null;
        if (facts is null)
        {
            await transaction.DisposeAsync();
            return null;
        }
        return new SessionLock(db, transaction, facts);
    }

    /// <summary>Takes places for confirmed registrants; false when the database finds them beyond the capacity.</summary>
    public async Task<bool> TakePlacesAsync(int places, CancellationToken ct)
    {
        var id = Facts.Id;
        var taken = await db.Sessions
            .Where(s => s.Id == id && s.Capacity != null && s.PlacesTaken + places <= s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken + places), ct) == 1;
        if (taken) await RefreshAsync(ct);
        return taken;
    }

    public async Task ReleasePlacesAsync(int places, CancellationToken ct)
    {
        var id = Facts.Id;
        await db.Sessions.Where(s => s.Id == id && s.PlacesTaken >= places)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken - places), ct);
        await RefreshAsync(ct);
    }

    /// <summary>A new capacity, refused (false) below the places already confirmed.</summary>
    public async Task<bool> SetCapacityAsync(int capacity, CancellationToken ct)
    {
        var id = Facts.Id;
        var changed = await db.Sessions.Where(s => s.Id == id && s.PlacesTaken <= capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, capacity), ct) == 1;
        if (changed) await RefreshAsync(ct);
        return changed;
    }

    /// <summary>Gives the free places to the waiting list under <paramref name="rule"/>; returns the registrations promoted.</summary>
    public async Task<IReadOnlyList<int>> ServeWaitlistAsync(PromotionRule rule, DateTime nowUtc, CancellationToken ct)
    {
        if (Facts.FreePlaces == 0 || Facts.Waiting == 0 || Facts.StartsAtUtc <= nowUtc) return [];
        var id = Facts.Id;
        var waiting = await db.Registrations.Where(r => r.SessionId == id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.ArrivalNumber).Select(r => new { r.Id, r.Places }).ToListAsync(ct);
        var promoted = Waitlist.Promoted(Facts.FreePlaces, waiting, w => w.Places, rule);
        if (promoted.Count == 0 || !await TakePlacesAsync(promoted.Sum(w => w.Places), ct)) return [];
        var ids = promoted.Select(w => w.Id).ToList();
        await db.Registrations.Where(r => ids.Contains(r.Id))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Status, RegistrationStatus.Confirmed)
                .SetProperty(x => x.ConfirmedAtUtc, nowUtc).SetProperty(x => x.UpdatedAtUtc, nowUtc), ct);
        await RefreshAsync(ct);
        return ids;
    }

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    private async Task RefreshAsync(CancellationToken ct)
    {
        Facts = await SessionFacts.ReadAsync(db, Facts.Id, ct) ?? Facts;
        PlacesChanged = true;
    }

    public ValueTask DisposeAsync() => transaction.DisposeAsync();
}
