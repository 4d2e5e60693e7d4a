using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Infrastructure.Caching;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// A transaction holding one session: it starts by updating the session's row, which PostgreSQL locks until the end
/// (other instances' registrations for the session wait their turn) and for which SQLite takes the database's write
/// lock (BEGIN IMMEDIATE, Microsoft.Data.Sqlite's default, with its busy timeout). What is read afterwards is current
/// and stays so; places are still only ever taken by a conditional update, which the database checks (ADR 0008).
/// The lock is held for a handful of statements: facts read once then kept up to date here, no savepoints.
/// </summary>
public sealed class SessionLock : IAsyncDisposable
{
    /// <summary>How long a registration waits for its turn on a session during a burst.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromMinutes(2);

    private readonly AppDbContext db;
    private readonly IDbContextTransaction transaction;
    private readonly bool savepoints;
    private int reserved;
    private readonly SessionFacts opened;
    private bool placesChanged;

    public SessionFacts Facts { get; private set; }

    /// <summary>
    /// What the public pages must be told of the places confirmed or released under this lock: the places left alone
    /// (event page, API, figures), or, when the session filled up or has places again, the lists and the map besides.
    /// </summary>
    public CatalogueChange CatalogueChange =>
        !placesChanged ? CatalogueChange.None
        : opened.HasPlacesLeft != Facts.HasPlacesLeft ? CatalogueChange.Content
        : CatalogueChange.PlacesLeft;

    private SessionLock(AppDbContext db, IDbContextTransaction transaction, SessionFacts facts, bool savepoints)
    {
        this.db = db;
        this.transaction = transaction;
        this.savepoints = savepoints;
        Facts = opened = facts;
    }

    /// <summary>Locks the session; with <paramref name="newArrival"/>, also gives the next arrival number (<see cref="SessionFacts.Arrivals"/>).</summary>
    public static async Task<SessionLock?> TakeAsync(AppDbContext db, int sessionId, bool newArrival, CancellationToken ct)
    {
        var savepoints = db.Database.AutoSavepointsEnabled;
        // A failed save rolls the whole transaction back: no savepoint round trips while others wait.
        db.Database.AutoSavepointsEnabled = false;
        var transaction = await db.Database.BeginTransactionAsync(ct);
        var increment = newArrival ? 1 : 0;
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(LockWait);
        var rows = await db.Sessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Arrivals, x => x.Arrivals + increment), ct);
        db.Database.SetCommandTimeout(timeout);
        var facts = rows == 1 ? await SessionFacts.ReadAsync(db, sessionId, ct) : null;
        if (facts is null)
        {
            await transaction.DisposeAsync();
            db.Database.AutoSavepointsEnabled = savepoints;
            return null;
        }
        return new SessionLock(db, transaction, facts, savepoints);
    }

    /// <summary>
    /// Compiles the lock's statements in advance (EF Core compiles each query on its first use, <see cref="RegistrationWarmUp"/>)
    /// against a session that does not exist: no row changes, and the transaction is rolled back.
    /// </summary>
    public static async Task PrepareAsync(AppDbContext db, CancellationToken ct)
    {
        const int none = 0;
        if (await TakeAsync(db, none, newArrival: false, ct) is { } unexpected) await unexpected.DisposeAsync();
        await SessionFacts.ReadAsync(db, none, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var nothing = new SessionLock(db, transaction, new SessionFacts(none, 0, "", EventStatus.Draft, default, default, "Europe/Paris",
            RegistrationMode.Platform, 0, 0, null, false, 0, 0), db.Database.AutoSavepointsEnabled);
        await nothing.TakePlacesAsync(1, ct);
        await nothing.AddArrivalsAsync(1, ct);
    }

    /// <summary>Takes places for confirmed registrants; false when the database finds them beyond the capacity.</summary>
    public async Task<bool> TakePlacesAsync(int places, CancellationToken ct)
    {
        var taken = await UpdatePlacesTakenAsync(places, ct);
        if (taken) Changed(Facts with { PlacesTaken = Facts.PlacesTaken + places });
        return taken;
    }

    /// <summary>
    /// Counts places for a confirmed registrant against the facts read under the lock, without a statement (true):
    /// <see cref="TakeReservedAsync"/> takes all those reserved with one conditional update, which the database checks.
    /// A batch of registrations confirmed thirty people with thirty statements while a thousand waited (issue 8).
    /// </summary>
    public bool Reserve(int places)
    {
        reserved += places;
        Changed(Facts with { PlacesTaken = Facts.PlacesTaken + places });
        return true;
    }

    /// <summary>Takes the places reserved so far at once; false when the database finds them beyond the capacity.</summary>
    public async Task<bool> TakeReservedAsync(CancellationToken ct)
    {
        if (reserved == 0) return true;
        var places = reserved;
        reserved = 0;
        return await UpdatePlacesTakenAsync(places, ct);
    }

    private async Task<bool> UpdatePlacesTakenAsync(int places, CancellationToken ct)
    {
        var id = Facts.Id;
        return await db.Sessions
            .Where(s => s.Id == id && s.Capacity != null && s.PlacesTaken + places <= s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken + places), ct) == 1;
    }

    public async Task ReleasePlacesAsync(int places, CancellationToken ct)
    {
        var id = Facts.Id;
        var released = await db.Sessions.Where(s => s.Id == id && s.PlacesTaken >= places)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PlacesTaken, x => x.PlacesTaken - places), ct) == 1;
        if (released) Changed(Facts with { PlacesTaken = Facts.PlacesTaken - places });
    }

    /// <summary>One registration more on the waiting list; returns its position in it.</summary>
    public int Queued()
    {
        Facts = Facts with { Waiting = Facts.Waiting + 1 };
        return Facts.Waiting;
    }

    /// <summary>Counts <paramref name="count"/> more arrivals, numbered after <see cref="SessionFacts.Arrivals"/> as read under the lock.</summary>
    public async Task AddArrivalsAsync(int count, CancellationToken ct)
    {
        var id = Facts.Id;
        await db.Sessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Arrivals, x => x.Arrivals + count), ct);
        Facts = Facts with { Arrivals = Facts.Arrivals + count };
    }

    /// <summary>One registration fewer on the waiting list (cancelled by its registrant).</summary>
    public void LeftWaitlist() => Facts = Facts with { Waiting = Math.Max(0, Facts.Waiting - 1) };

    /// <summary>A new capacity, refused (false) below the places already confirmed.</summary>
    public async Task<bool> SetCapacityAsync(int capacity, CancellationToken ct)
    {
        var id = Facts.Id;
        var changed = await db.Sessions.Where(s => s.Id == id && s.PlacesTaken <= capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, capacity), ct) == 1;
        if (changed) Changed(Facts with { Capacity = capacity });
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
        Facts = Facts with { Waiting = waiting.Count - ids.Count };
        return ids;
    }

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    private void Changed(SessionFacts facts)
    {
        Facts = facts;
        placesChanged = true;
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        db.Database.AutoSavepointsEnabled = savepoints;
    }
}
