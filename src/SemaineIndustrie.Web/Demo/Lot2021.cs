using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Demo;

/// <summary>Adds the Lot's 2021 events (<see cref="Lot2021Events"/>) to the 2021 edition, once.</summary>
internal static class Lot2021
{
    /// <summary>Returns how many events were added: none when the edition is missing or already has them.</summary>
    public static async Task<int> AddAsync(AppDbContext db, EditionFiller filler, CancellationToken ct)
    {
        var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Year == Lot2021Events.Year, ct);
        if (edition?.WeekStart is null) return 0;
        if (await db.Events.AnyAsync(e => e.EditionId == edition.Id && e.Title == Lot2021Events.OpeningTitle, ct)) return 0;

        var plan = DemoEditions.Plan(edition);
        var rng = new Random(Lot2021Events.Year);
        var territory = filler.Territory;
        var department = territory.Department(Lot2021Events.Department);
        var createdAt = DateTime.SpecifyKind(plan.SubmissionOpensOn.ToDateTime(new TimeOnly(8, 0)), DateTimeKind.Utc);

        var organisers = new Dictionary<string, DemoOrganisation>(StringComparer.Ordinal);
        foreach (var o in Lot2021Events.Organisers)
        {
            var commune = territory.Commune(o.CommuneCode) ?? throw MissingCommune(o.CommuneCode);
            organisers[o.Name] = await filler.Organisations.FindOrAddAsync(db, o.Name, o.Kind, commune, o.Address, createdAt, rng, ct);
        }

        var references = filler.References;
        var events = new List<Event>();
        foreach (var spec in Lot2021Events.Events)
        {
            var org = organisers[spec.Organiser];
            var commune = territory.Commune(spec.CommuneCode) ?? throw MissingCommune(spec.CommuneCode);
            var registration = new RegistrationPlan(spec.Mode, spec.Capacity, null);
            var e = new Event
            {
                EditionId = plan.Id,
                OrganisationId = org.Id,
                Title = French.NoBreakBeforePunctuation(spec.Title),
                Summary = French.Fit(spec.Summary, Event.SummaryMaxLength),
                Description = string.Join("\n\n", spec.Paragraphs),
                KindCode = spec.Kind,
                Sectors = spec.Sectors.Where(references.Sectors.ContainsKey).Select(c => references.Sectors[c]).ToList(),
                Audiences = spec.Audiences.Where(references.Audiences.ContainsKey).Select(c => references.Audiences[c]).ToList(),
                Themes = spec.Themes.Where(references.Themes.ContainsKey).Select(c => references.Themes[c]).ToList(),
                Venue = spec.Venue,
                Address = spec.Address,
                PostalCode = commune.PostalCodes.FirstOrDefault(),
                CommuneCode = commune.InseeCode,
                DepartmentCode = department.Code,
                IsFree = true,
                IsAccessibleReducedMobility = rng.Chance(0.6),
                IsFeatured = spec.Featured,
                Sessions = [SessionPlanner.Session(spec.Day, spec.Start, spec.End, department.TimeZoneId, registration)],
            };
            (e.Latitude, e.Longitude) = territory.Point(commune, e.PostalCode, $"{commune.InseeCode}|{spec.Venue}|{spec.Address}");
            EventComposer.Contact(e, org, department, rng);
            e.RefreshDates();
            LabellingHistory.Stamp(e, EventStatus.Labelled, plan, rng);
            events.Add(e);
        }
        return await filler.SaveAsync(events, ct);
    }

    private static InvalidOperationException MissingCommune(string code) =>
        new($"La commune {code} du Lot manque au référentiel : les événements du Lot 2021 ne peuvent pas être créés.");
}
