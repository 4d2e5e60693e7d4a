using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// Choices that must agree with the kind of event: a class visit is for collégiens or lycéens,
/// a job dating for job seekers, an open day is free entry more often than not.
/// </summary>
internal static class EventChoices
{
    private static readonly Dictionary<string, ((string, int)[] Main, string[] Others)> AudiencesByKind = new(StringComparer.Ordinal)
    {
        ["visite-entreprise"] = ([("collegiens", 45), ("lyceens", 35), ("etudiants-apprentis", 10), ("demandeurs-emploi", 10)], ["enseignants", "lyceens", "collegiens", "etudiants-apprentis"]),
        ["visite-formation"] = ([("collegiens", 55), ("lyceens", 20), ("demandeurs-emploi", 15), ("salaries-reconversion", 10)], ["parents", "enseignants"]),
        ["portes-ouvertes"] = ([("grand-public", 50), ("lyceens", 20), ("demandeurs-emploi", 15), ("parents", 15)], ["parents", "lyceens", "etudiants-apprentis", "demandeurs-emploi"]),
        ["job-dating"] = ([("demandeurs-emploi", 80), ("etudiants-apprentis", 20)], ["salaries-reconversion", "etudiants-apprentis"]),
        ["rencontre-emploi"] = ([("demandeurs-emploi", 85), ("salaries-reconversion", 15)], ["salaries-reconversion", "etudiants-apprentis"]),
        ["atelier"] = ([("collegiens", 35), ("grand-public", 30), ("ecoliers", 25), ("lyceens", 10)], ["parents", "enseignants"]),
        ["demonstration"] = ([("grand-public", 40), ("lyceens", 30), ("etudiants-apprentis", 30)], ["parents", "collegiens"]),
        ["exposition"] = ([("grand-public", 70), ("ecoliers", 15), ("collegiens", 15)], ["parents", "enseignants"]),
        ["intervention-scolaire"] = ([("collegiens", 55), ("lyceens", 30), ("ecoliers", 15)], ["enseignants"]),
        ["conference"] = ([("grand-public", 35), ("enseignants", 25), ("etudiants-apprentis", 25), ("salaries-reconversion", 15)], ["enseignants", "etudiants-apprentis", "demandeurs-emploi", "grand-public"]),
        ["forum"] = ([("collegiens", 30), ("lyceens", 30), ("demandeurs-emploi", 25), ("grand-public", 15)], ["parents", "lyceens", "demandeurs-emploi", "etudiants-apprentis"]),
        ["concours"] = ([("collegiens", 50), ("lyceens", 35), ("etudiants-apprentis", 15)], ["enseignants"]),
    };

    private static readonly Dictionary<string, string> ThemeByKind = new(StringComparer.Ordinal)
    {
        ["job-dating"] = "recrutement", ["rencontre-emploi"] = "recrutement", ["visite-formation"] = "alternance", ["forum"] = "alternance",
    };

    /// <summary>One to three audiences, the main one first.</summary>
    public static List<string> Audiences(string kind, Random rng, IReadOnlyList<string> existing)
    {
        var (main, others) = AudiencesByKind[kind];
        var first = rng.PickWeighted(main);
        var count = rng.PickWeighted([(1, 45), (2, 40), (3, 15)]);
        var result = new List<string> { first };
        result.AddRange(rng.PickDistinct(others.Where(o => o != first).ToList(), count - 1));
        return result.Where(existing.Contains).DefaultIfEmpty(existing[0]).ToList();
    }

    /// <summary>One to three sectors: a company's own trade first, the others close to it.</summary>
    public static List<string> Sectors(OrganisationProfile profile, Random rng, IReadOnlyList<string> active)
    {
        var offered = profile.Sectors.Where(active.Contains).ToList();
        if (offered.Count == 0) offered = [rng.Pick(active)];
        var count = Math.Min(offered.Count, rng.PickWeighted([(1, 55), (2, 33), (3, 12)]));
        if (profile.Kind == Data.Organisations.OrganisationKind.Company && rng.Chance(0.65))
            return [offered[0], .. rng.PickDistinct(offered.Skip(1).ToList(), count - 1)];
        return rng.PickDistinct(offered, count);
    }

    /// <summary>None to two themes: the one the title puts forward, then one that suits the kind, or any.</summary>
    public static List<string> Themes(string kind, string? fromTitle, Random rng, IReadOnlyList<string> existing)
    {
        if (existing.Count == 0) return [];
        var count = rng.PickWeighted([(0, 45), (1, 40), (2, 15)]);
        if (fromTitle is not null) count = Math.Max(count, 1);
        var themes = new List<string>(count);
        void Add(string? code)
        {
            if (code is not null && themes.Count < count && existing.Contains(code) && !themes.Contains(code)) themes.Add(code);
        }
        Add(fromTitle);
        Add(ThemeByKind.GetValueOrDefault(kind));
        for (var attempt = 0; attempt < 10 && themes.Count < count; attempt++) Add(rng.Pick(existing));
        return themes;
    }

    /// <summary>How people register: overall about 60 % on the platform, 25 % free entry, 15 % on another site.</summary>
    public static RegistrationPlan Registration(string kind, string mainAudience, bool online, DemoOrganisation org, int year, Random rng)
    {
        var school = SectorVocabulary.IsSchool(mainAudience);
        (RegistrationMode, int)[] weights = online ? [(RegistrationMode.Platform, 70), (RegistrationMode.External, 30)]
            : kind switch
            {
                "portes-ouvertes" or "forum" or "exposition" => [(RegistrationMode.None, 55), (RegistrationMode.Platform, 30), (RegistrationMode.External, 15)],
                "job-dating" or "rencontre-emploi" => [(RegistrationMode.Platform, 55), (RegistrationMode.None, 30), (RegistrationMode.External, 15)],
                _ when school => [(RegistrationMode.Platform, 75), (RegistrationMode.External, 13), (RegistrationMode.None, 12)],
                _ => [(RegistrationMode.Platform, 60), (RegistrationMode.None, 25), (RegistrationMode.External, 15)],
            };
        var mode = rng.PickWeighted(weights);
        return mode switch
        {
            // A class is 20 to 35 pupils: a slot for schools holds one class.
            RegistrationMode.Platform => new(mode, school ? rng.Next(4, 8) * 5 : rng.Next(12, 61), null),
            RegistrationMode.External => new(mode, null, $"https://www.{org.Domain}/inscription-semaine-industrie-{year}"),
            _ => new(mode, null, null),
        };
    }
}
