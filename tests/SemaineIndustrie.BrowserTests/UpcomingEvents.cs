using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;

namespace SemaineIndustrie.BrowserTests;

/// <summary>Events of the journeys' own, whose session is to come whatever the day the tests run.</summary>
internal static class UpcomingEvents
{
    /// <summary>A labelled event in Cahors with one session in ten days, registered on the platform; of the demo organiser's organisation when named.</summary>
    public static async Task<int> SeedAsync(SiteFixture site, string title, string kind, string audience, int capacity, string? organiserEmail = null)
    {
        var id = 0;
        await site.WithDbAsync(async db =>
        {
            var existing = await db.Events.Where(e => e.Title == title).Select(e => e.Id).FirstOrDefaultAsync();
            if (existing != 0) { id = existing; return; }
            var edition = await db.Editions.SingleAsync(e => e.Year == 2026);
            var organisation = organiserEmail is null
                ? new Organisation { Name = "Biscuiterie du Causse", Kind = OrganisationKind.Company, CommuneCode = "46042" }
                : await db.OrganisationMembers.Where(m => m.User!.Email == organiserEmail).Select(m => m.Organisation!).FirstAsync();
            var e = new Event
            {
                Edition = edition, Title = title, Summary = "Découvrir les métiers et rencontrer les équipes.", KindCode = kind,
                Organisation = organisation,
                CommuneCode = "46042", DepartmentCode = "46", Venue = "Biscuiterie du Causse", Address = "4 avenue de la Gare", PostalCode = "46000",
                Status = EventStatus.Labelled,
            };
            e.Audiences.Add(await db.Audiences.SingleAsync(a => a.Code == audience));
            var start = DateTime.UtcNow.Date.AddDays(10).AddHours(8);
            e.Sessions.Add(new Session { StartsAtUtc = start, EndsAtUtc = start.AddHours(2), RegistrationMode = RegistrationMode.Platform, Capacity = capacity });
            e.RefreshDates();
            db.Events.Add(e);
            await db.SaveChangesAsync();
            id = e.Id;
        });
        return id;
    }
}
