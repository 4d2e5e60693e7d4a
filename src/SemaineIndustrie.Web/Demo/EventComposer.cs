using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// Composes one plausible event of an organiser for an edition: kind, sectors and audiences that
/// agree, texts, place, contact, sessions and labelling history. The seeder and the benchmark
/// generator both build their events here.
/// </summary>
internal sealed class EventComposer(DemoReferences references, DemoTerritory territory)
{
    // Visits and open days happen in a place; the other kinds are sometimes held online.
    private const double OnlineShare = 0.055;
    // About 2 % of all events are featured, and only labelled events can be.
    private const double FeaturedShareOfLabelled = 0.0235;

    private static readonly string[] CompanySites = ["atelier de production", "site de production", "hall d’assemblage", "salle de formation"];
    private static readonly string[] PublicHalls = ["Salle des fêtes", "Espace culturel", "Halle des expositions", "Salle polyvalente", "Médiathèque"];

    public Event Compose(EditionPlan edition, DemoOrganisation org, Random rng)
    {
        var department = territory.Department(org.Commune.DepartmentCode);
        var kind = PickKind(org.Profile, rng);
        var audiences = EventChoices.Audiences(kind, rng, references.AudienceCodes);
        var sectors = EventChoices.Sectors(org.Profile, rng, references.SectorCodes);
        var context = new TextContext(org, sectors[0], audiences[0], French.Typo(org.Commune.Name));
        var title = rng.Pick(EventTitles.Titles[kind]);
        var themes = EventChoices.Themes(kind, title.Theme, rng, references.ThemeCodes);
        var summaries = EventTitles.Summaries[kind];
        var summaryIndex = rng.Next(summaries.Length);
        var online = kind is not ("visite-entreprise" or "visite-formation" or "portes-ouvertes") && rng.Chance(OnlineShare);
        var registration = EventChoices.Registration(kind, audiences[0], online, org, edition.Year, rng);
        var status = LabellingHistory.PickStatus(edition, rng);

        var e = new Event
        {
            EditionId = edition.Id,
            OrganisationId = org.Id,
            Title = French.Fit(title.Compose(context), Event.TitleMaxLength),
            Summary = French.Fit(summaries[summaryIndex](context), Event.SummaryMaxLength),
            Description = EventDescriptions.Compose(context, kind, summaries[(summaryIndex + 1) % summaries.Length](context),
                sectors, themes, registration, online, edition, rng),
            KindCode = kind,
            Sectors = sectors.Select(code => references.Sectors[code]).ToList(),
            Audiences = audiences.Select(code => references.Audiences[code]).ToList(),
            Themes = themes.Select(code => references.Themes[code]).ToList(),
            CommuneCode = org.Commune.InseeCode,
            DepartmentCode = department.Code,
            PostalCode = org.PostalCode,
            IsFree = true,
            IsAccessibleReducedMobility = !online && rng.Chance(0.6),
        };
        if (online)
            e.OnlineUrl = $"https://visio.{org.Domain}/semaine-industrie-{edition.Year}";
        else
            PlaceIt(e, kind, audiences[0], org, rng);
        if (e.IsAccessibleReducedMobility && rng.Chance(0.4))
            e.AccessibilityDetails = rng.Pick(Vocabulary.AccessibilityDetails);
        Contact(e, org, department, rng);

        e.Sessions = SessionPlanner.Plan(edition, kind, SectorVocabulary.IsSchool(audiences[0]), department.TimeZoneId, registration, rng);
        e.RefreshDates();
        LabellingHistory.Stamp(e, status, edition, rng);
        e.IsFeatured = status == EventStatus.Labelled && rng.Chance(FeaturedShareOfLabelled);
        return e;
    }

    /// <summary>A named person of the organisation, with an address of its domain and a French phone number.</summary>
    public static void Contact(Event e, DemoOrganisation org, DemoDepartment department, Random rng)
    {
        var first = rng.Pick(Vocabulary.FirstNames);
        var last = rng.Pick(Vocabulary.Surnames);
        e.ContactName = $"{first} {last}";
        e.ContactEmail = rng.Chance(0.3) ? $"contact@{org.Domain}" : $"{French.Slug(first, '.')}.{French.Slug(last, '.')}@{org.Domain}";
        var prefix = department.PhonePrefix.Length == 2 && rng.Chance(0.2) ? rng.Pick(["06", "07"]) : department.PhonePrefix;
        e.ContactPhone = French.Phone(prefix + (char)('1' + rng.Next(9)) + rng.Digits(9 - prefix.Length));
    }

    private string PickKind(OrganisationProfile profile, Random rng)
    {
        var offered = profile.EventKinds.Where(k => references.KindCodes.Contains(k.Kind)).ToList();
        if (offered.Count == 0)
            offered = EventTitles.Titles.Keys.Where(references.KindCodes.Contains).Select(k => (k, 1)).ToList();
        if (offered.Count == 0)
            throw new InvalidOperationException("Aucun des types d’événement de la démo n’existe dans la base : vérifiez la liste des types d’événement.");
        return rng.PickWeighted(offered);
    }

    /// <summary>
    /// Where the event happens: at the organiser's for visits and workshops, in a school for talks in
    /// class, in a public hall for the forums of agencies and chambers.
    /// </summary>
    private void PlaceIt(Event e, string kind, string mainAudience, DemoOrganisation org, Random rng)
    {
        if (kind == "intervention-scolaire")
        {
            var school = mainAudience switch { "ecoliers" => "École", "lyceens" => "Lycée", _ => "Collège" };
            e.Venue = $"{school} {rng.Pick(Vocabulary.SchoolPatrons)}";
            e.Address = Vocabulary.Address(rng, industrial: false);
        }
        else if (kind is "forum" or "exposition" or "conference" && org.Kind is not (OrganisationKind.Company or OrganisationKind.TrainingEstablishment))
        {
            e.Venue = $"{rng.Pick(PublicHalls)} {French.Of(org.Commune.Name)}";
            e.Address = Vocabulary.Address(rng, industrial: false);
        }
        else
        {
            e.Venue = org.Kind switch
            {
                OrganisationKind.Company when rng.Chance(0.3) => $"{org.Name}, {rng.Pick(CompanySites)}",
                OrganisationKind.TrainingEstablishment when rng.Chance(0.3) => $"{org.Name}, plateau technique",
                _ => org.Name,
            };
            e.Address = org.Address;
        }
        e.Venue = French.Typo(e.Venue);
        (e.Latitude, e.Longitude) = territory.Point(org.Commune, org.PostalCode, $"{org.Commune.InseeCode}|{e.Venue}|{e.Address}");
    }
}
