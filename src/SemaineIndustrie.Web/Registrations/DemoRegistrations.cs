using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Accounts;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Registrations;
using SemaineIndustrie.Web.Demo;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// Registrations for the demo organiser's sessions (README, development only), so that the organisers' pages have
/// something to show: a full session with its waiting list, a class, a half-full one. Written directly, without mail;
/// invented people at the demo's own domain. Only into a database without any registration.
/// </summary>
public sealed class DemoRegistrations(AppDbContext db, TimeProvider clock, ILogger<DemoRegistrations> logger)
{
    private static readonly string[] Names =
        ["Camille Durand", "Karim Haddad", "Léa Petit", "Hugo Blanc", "Inès Moreau", "Yanis Benali", "Chloé Garnier", "Lucas Fabre", "Nadia Roussel", "Théo Vidal"];

    public async Task SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Registrations.AnyAsync(ct)) return;
        var organiser = $"organisateur.lot@{DemoAccounts.Domain}";
        var organisations = db.OrganisationMembers.Where(m => m.User!.Email == organiser).Select(m => m.OrganisationId);
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await db.Sessions
            .Where(s => s.RegistrationMode == RegistrationMode.Platform && s.Capacity >= 12 && s.StartsAtUtc > now
                && s.Event!.Status == EventStatus.Labelled && organisations.Contains(s.Event.OrganisationId))
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id).Take(3).ToListAsync(ct);
        var person = 0;
        foreach (var (session, index) in sessions.Select((s, i) => (s, i)))
        {
            // The first is full with three waiting, the second holds a class, the third is half full.
            var target = index == 0 ? session.Capacity!.Value : session.Capacity!.Value / 2;
            if (index == 1) Add(session, RegistrationKind.Group, Math.Min(24, target - 2), 2, now, ref person);
            while (session.PlacesTaken < target)
                Add(session, RegistrationKind.Individual, Math.Min(1 + person % 3, target - session.PlacesTaken), 0, now, ref person);
            if (index == 0)
                for (var i = 0; i < 3; i++) Add(session, i == 1 ? RegistrationKind.Group : RegistrationKind.Individual, i == 1 ? 18 : 2, i == 1 ? 2 : 0, now, ref person);
        }
        await db.SaveChangesAsync(ct);
        if (person > 0) logger.LogInformation("Démo : {Count} inscriptions aux créneaux de l’organisateur du Lot.", person);
    }

    private void Add(Session session, RegistrationKind kind, int people, int adults, DateTime now, ref int person)
    {
        var places = people + adults;
        var confirmed = session.PlacesTaken + places <= session.Capacity;
        var name = Names[person % Names.Length];
        session.Arrivals++;
        if (confirmed) session.PlacesTaken += places;
        var registration = new Registration
        {
            Session = session, Kind = kind, Channel = RegistrationChannel.Site, ArrivalNumber = session.Arrivals,
            Status = confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted, ConfirmedAtUtc = confirmed ? now : null,
            Places = places, Pupils = kind == RegistrationKind.Group ? people : 0, Adults = adults,
            Establishment = kind == RegistrationKind.Group ? "Collège Olivier de Magny" : null, ClassLevel = kind == RegistrationKind.Group ? "4e" : null,
            Name = name, Email = $"inscrit{person + 1}@{DemoAccounts.Domain}", EmailKey = $"inscrit{person + 1}@{DemoAccounts.Domain}",
        };
        registration.Links.Add(new RegistrationLink { TokenHash = PrivateToken.Hash($"demo-{person + 1}"), CreatedAtUtc = now });
        db.Registrations.Add(registration);
        person++;
    }
}
