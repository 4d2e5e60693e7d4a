using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Web.Statistics;

namespace SemaineIndustrie.Web.Communication;

/// <summary>An event of a department's programme, with its sessions in order.</summary>
public sealed record ProgrammeEntry(int Id, string Title, string Summary, string Kind, string Organisation, string Commune,
    string? Venue, string? Address, bool IsFeatured, bool IsOnline, IReadOnlyList<(DateTime Start, DateTime End)> Sessions)
{
    public DateTime? FirstStart => Sessions.Count == 0 ? null : Sessions[0].Start;
}

/// <summary>A department's labelled events of an edition, by date: what its prefecture publishes.</summary>
public sealed record Programme(EditionSummary Edition, DepartmentChoice Department, IReadOnlyList<ProgrammeEntry> Entries)
{
    /// <summary>The entries under their first day, in the department's own time.</summary>
    public IEnumerable<IGrouping<DateOnly?, ProgrammeEntry>> ByDay =>
        Entries.GroupBy(e => e.FirstStart is { } s ? DateOnly.FromDateTime(FrenchTime.ToLocal(s, Department.TimeZoneId)) : (DateOnly?)null);

    public string Slot((DateTime Start, DateTime End) session) => FrenchTime.Slot(session.Start, session.End, Department.TimeZoneId);
}

/// <summary>The communication kit's data: programmes and press-release drafts (the poster reads the public event page's data).</summary>
public sealed class CommunicationKit(AppDbContext db, StatisticsService statistics)
{
    public async Task<Programme> ProgrammeAsync(EditionSummary edition, DepartmentChoice department, CancellationToken ct = default)
    {
        var rows = await db.Events.AsNoTracking()
            .Where(e => e.EditionId == edition.Id && e.DepartmentCode == department.Code && e.Status == EventStatus.Labelled)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Title)
            .Select(e => new
            {
                e.Id, e.Title, e.Summary, Kind = e.Kind!.Label, Organisation = e.Organisation!.Name, Commune = e.Commune!.Name,
                e.Venue, e.Address, e.IsFeatured, IsOnline = e.OnlineUrl != null && e.OnlineUrl != "",
                Sessions = e.Sessions.OrderBy(s => s.StartsAtUtc).Select(s => new { s.StartsAtUtc, s.EndsAtUtc }).ToList(),
            })
            .ToListAsync(ct);
        return new Programme(edition, department, rows.Select(r => new ProgrammeEntry(r.Id, r.Title, r.Summary, r.Kind, r.Organisation,
            r.Commune, r.Venue, r.Address, r.IsFeatured, r.IsOnline, r.Sessions.Select(s => (s.StartsAtUtc, s.EndsAtUtc)).ToList())).ToList());
    }

    /// <summary>A press release for the agent to rework: the edition, the department's figures and its highlights (« temps forts »).</summary>
    public async Task<string> PressReleaseAsync(EditionSummary edition, DepartmentChoice department, string siteUrl, CancellationToken ct = default)
    {
        var programme = await ProgrammeAsync(edition, department, ct);
        var figures = await statistics.ForAsync(edition.Id, new Territory(department.RegionCode, department.Code, department.Label), ct);
        var highlights = programme.Entries.Where(e => e.IsFeatured).Take(5).ToList();
        if (highlights.Count == 0) highlights = programme.Entries.Take(3).ToList();
        var communes = programme.Entries.Select(e => e.Commune).Distinct().Count();
        var organisers = programme.Entries.Select(e => e.Organisation).Distinct().Count();

        var text = new List<string>
        {
            $"COMMUNIQUÉ DE PRESSE – {department.Name.ToUpper(FrenchTime.Culture)}",
            "",
            $"Semaine de l’Industrie {edition.Year} : {Plural(figures.Labelled, "événement labellisé", "événements labellisés")} dans le département {Of(department)}",
            "",
            $"{(edition.WeekStart is { } s && edition.WeekEnd is { } end ? char.ToUpper(FrenchTime.Range(s, end)[0], FrenchTime.Culture) + FrenchTime.Range(s, end)[1..] : $"En {edition.Year}")}, "
                + $"la Semaine de l’Industrie{(edition.Number is { } n ? $", dont c’est la {n}e édition," : "")} ouvre les portes de l’industrie au grand public, aux jeunes et aux demandeurs d’emploi"
                + (edition.Theme is { Length: > 0 } theme ? $", sur le thème {theme}." : "."),
            "",
            $"Dans le département {Of(department)}, le comité de pilotage a labellisé {Plural(figures.Labelled, "événement", "événements")}, "
                + $"proposés par {Plural(organisers, "organisateur", "organisateurs")} dans {Plural(communes, "commune", "communes")} : "
                + string.Join(", ", figures.Kinds.Take(4).Select(k => $"{k.Label.ToLower(FrenchTime.Culture)} ({FrenchTime.Number(k.Value)})")) + ".",
        };
        if (figures.Registrations.PlacesOffered > 0)
            text.Add($"{Plural(figures.Registrations.PlacesOffered, "place est offerte", "places sont offertes")} à l’inscription en ligne ; {Plural(figures.Registrations.ConfirmedPlaces, "est déjà réservée", "sont déjà réservées")}.");
        if (figures.AttendanceTotal > 0)
            text.Add($"Les organisateurs ont déjà déclaré {Plural(figures.AttendanceTotal, "personne accueillie", "personnes accueillies")}.");
        text.Add("");
        text.Add("Les temps forts");
        foreach (var e in highlights)
            text.Add($"– {e.Title}, {e.Organisation}, à {e.Commune}" + (e.Sessions.Count > 0 ? $", {programme.Slot(e.Sessions[0])}" : "") + ".");
        text.Add("");
        text.Add($"Le programme complet : {siteUrl}/departements/{department.Code}/programme?edition={edition.Year}");
        text.Add("");
        text.Add("Contact presse : [nom, téléphone, adresse électronique]");
        return string.Join("\n", text);
    }

    private static string Plural(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{FrenchTime.Number(n)} {many}";

    /// <summary>« du Lot (46) », « de l’Ain (01) », « de la Manche (50) » would need each name's article: the code keeps it neutral.</summary>
    private static string Of(DepartmentChoice d) => $"{d.Name} ({d.Code})";
}
