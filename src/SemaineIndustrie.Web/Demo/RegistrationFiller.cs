using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// Tops the database up to a number of registrations, for benchmarks (issue 8: 300,000 over fifteen editions): the
/// sessions that take registrations on the platform are filled, each to its own share of its capacity, some past it
/// with a waiting list, a few registrations cancelled. What is there counts: only sessions nobody registered for yet
/// are filled, so a second run adds nothing. Written directly, without mail or private link, as the seeder does.
/// </summary>
internal static class RegistrationFiller
{
    /// <summary>Sessions filled per round trip (about 2,000 registrations).</summary>
    private const int SessionsPerBatch = 250;
    private static readonly string[] Levels = ["6e", "5e", "4e", "3e", "2de", "1re STI2D", "Terminale STI2D", "BTS CRSA"];

    public static async Task<int> FillAsync(AppDbContext db, int target, Random rng, Action<int>? progress, CancellationToken ct)
    {
        var count = await db.Registrations.CountAsync(ct);
        if (count >= target) { progress?.Invoke(count); return 0; }

        var candidates = await db.Sessions
            .Where(s => s.RegistrationMode == RegistrationMode.Platform && s.Capacity > 0 && s.Arrivals == 0
                && s.Event!.Status == EventStatus.Labelled)
            .OrderBy(s => s.Id).Select(s => s.Id).ToArrayAsync(ct);
        // Spread over every edition and department rather than filling the first sessions created.
        rng.Shuffle(candidates);

        var added = 0;
        var person = count;
        foreach (var chunk in candidates.Chunk(SessionsPerBatch))
        {
            if (count + added >= target) break;
            var sessions = await db.Sessions.Where(s => chunk.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            foreach (var session in chunk.Select(id => sessions[id]))
            {
                if (count + added >= target) break;
                added += Fill(db, session, target - count - added, rng, ref person);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            progress?.Invoke(count + added);
        }
        return added;
    }

    /// <summary>Registers people on one session, confirmed while places last, then waiting; returns how many.</summary>
    private static int Fill(AppDbContext db, Session session, int atMost, Random rng, ref int person)
    {
        var capacity = session.Capacity!.Value;
        // Most sessions fill well, some are sought after (a waiting list), a few hardly anyone finds.
        var wanted = (int)Math.Round(capacity * rng.NextDouble() * 1.3);
        var created = session.StartsAtUtc.AddDays(-rng.Next(3, 40));
        var added = 0;
        var demand = 0;
        while (demand < wanted && added < atMost)
        {
            // A class on a slot large enough for one, a person or a family otherwise.
            var group = capacity >= 20 && rng.Chance(0.2);
            var pupils = group ? rng.Next(12, Math.Min(30, capacity - 2)) : 0;
            var adults = group ? rng.Next(1, 3) : 0;
            var places = group ? pupils + adults : Math.Min(rng.PickWeighted<int>([(1, 55), (2, 30), (3, 10), (4, 5)]), capacity);
            if (places <= 0) break;
            demand += places;
            person++;
            session.Arrivals++;
            var confirmed = session.PlacesTaken + places <= capacity;
            var cancelled = rng.Chance(0.05);
            if (confirmed && !cancelled) session.PlacesTaken += places;
            var at = created.AddMinutes(rng.Next(0, 60 * 24 * 3));
            var registration = new Registration
            {
                SessionId = session.Id, Kind = group ? RegistrationKind.Group : RegistrationKind.Individual,
                Channel = rng.Chance(0.1) ? RegistrationChannel.Api : RegistrationChannel.Site,
                ArrivalNumber = session.Arrivals, Places = places, Pupils = pupils, Adults = adults,
                Status = cancelled ? RegistrationStatus.Cancelled : confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted,
                ConfirmedAtUtc = confirmed ? at : null, CancelledAtUtc = cancelled ? at.AddDays(1) : null,
                Establishment = group ? $"Collège n° {rng.Next(1, 400)}" : null, ClassLevel = group ? rng.Pick(Levels) : null,
                CreatedAtUtc = at, UpdatedAtUtc = at,
            };
            if (cancelled) registration.ErasePersonalData(at.AddDays(1));
            else
            {
                registration.Name = $"Personne {person}";
                registration.Email = registration.EmailKey = $"inscrit{person}@{DemoAccounts.Domain}";
            }
            db.Registrations.Add(registration);
            added++;
        }
        return added;
    }
}
