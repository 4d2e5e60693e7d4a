using SemaineIndustrie.Data.Organisations;
using static SemaineIndustrie.Web.Demo.Vocabulary;

namespace SemaineIndustrie.Web.Demo;

/// <summary>What a name is made of: the commune (« de Cahors ») and the department it lies in.</summary>
internal sealed record NameParts(string Commune, string OfCommune, string Department);

/// <summary>
/// A kind of organiser: how it is named, which sectors it works in, which events it proposes.
/// The markers recognise an organisation from its name when it is read back from the database,
/// so that a re-run of the generator gives a foundry's events the sectors of a foundry.
/// </summary>
internal sealed record OrganisationProfile(
    string Key, OrganisationKind Kind, string[] Markers, string[] Sectors,
    (string Kind, int Weight)[] EventKinds, Func<NameParts, Random, string>[] Names,
    int FromYear = 0, int ToYear = 9999, bool Departmental = false)
{
    public bool IsAvailableIn(int year) => year >= FromYear && year <= ToYear;
}

internal static class OrganisationProfiles
{
    private static readonly (string, int)[] CompanyKinds =
    [
        ("visite-entreprise", 50), ("portes-ouvertes", 10), ("demonstration", 8), ("intervention-scolaire", 8),
        ("job-dating", 7), ("atelier", 6), ("exposition", 4), ("conference", 4), ("concours", 3),
    ];
    private static readonly (string, int)[] TrainingKinds =
        [("visite-formation", 45), ("portes-ouvertes", 22), ("atelier", 10), ("demonstration", 10), ("concours", 8), ("forum", 5)];
    private static readonly (string, int)[] EmploymentKinds = [("job-dating", 40), ("rencontre-emploi", 35), ("forum", 15), ("atelier", 10)];
    private static readonly (string, int)[] ChamberKinds = [("forum", 35), ("conference", 30), ("rencontre-emploi", 15), ("concours", 10), ("exposition", 10)];
    private static readonly (string, int)[] FederationKinds = [("intervention-scolaire", 35), ("forum", 25), ("conference", 20), ("concours", 10), ("exposition", 10)];
    private static readonly (string, int)[] AssociationKinds = [("intervention-scolaire", 30), ("atelier", 25), ("exposition", 15), ("concours", 15), ("conference", 15)];
    private static readonly (string, int)[] LocalAuthorityKinds = [("forum", 45), ("exposition", 35), ("conference", 20)];

    private static readonly string[] TrainingSectors =
    [
        "SDI_MECANIQUE", "CSF_MINES_METALLURGIE", "CSF_ELECTRONIQUE", "SDI_ROBOTIQUE", "CSF_AERONAUTIQUE", "CSF_AUTOMOBILE",
        "CSF_ALIMENTAIRE", "SDI_LOGISTIQUE", "CSF_BOIS", "CSF_CHIMIE_MATERIAUX", "CSF_SOLUTIONS_INDUSTRIE_FUTUR",
    ];
    // The sectors that struggle to hire, which job datings and employment meetings are about.
    private static readonly string[] RecruitingSectors =
    [
        "SDI_MECANIQUE", "CSF_MINES_METALLURGIE", "SDI_LOGISTIQUE", "CSF_ALIMENTAIRE", "CSF_AERONAUTIQUE",
        "CSF_AUTOMOBILE", "CSF_CHIMIE_MATERIAUX", "CSF_BOIS", "CSF_CONSTRUCTION", "CSF_ELECTRONIQUE",
    ];
    private static readonly string[] AllSectors = TrainingSectors.Concat(RecruitingSectors).Concat(
        ["CSF_NOUVEAUX_SYSTEMES_ENERGETIQUES", "CSF_DECHETS", "SDI_NUMERIQUE", "SDI_ECO_INDUSTRIE", "CSF_SANTE"]).Distinct().ToArray();

    private static OrganisationProfile Company(string key, string[] markers, string[] sectors, params Func<NameParts, Random, string>[] names) =>
        new(key, OrganisationKind.Company, markers, sectors, CompanyKinds, names);

    /// <summary>Companies, with how often each appears among organisers.</summary>
    public static readonly (OrganisationProfile Profile, int Weight)[] Companies =
    [
        // Before the mechanics, whose marker « Usinage » is part of « Aéro-usinage ».
        (Company("aero", ["Aéro"], ["CSF_AERONAUTIQUE", "SDI_MECANIQUE", "CSF_ELECTRONIQUE"],
            (_, r) => $"{r.Pick(Brands)} Aéro", (_, r) => $"{r.Pick(Brands)} Aérostructures", (p, _) => $"Aéro-usinage {p.OfCommune}"), 4),
        (Company("fonderie", ["Fonderie"], ["CSF_MINES_METALLURGIE", "SDI_MECANIQUE", "CSF_AUTOMOBILE"],
            (p, _) => $"Fonderies {p.OfCommune}", (_, r) => $"Fonderie {r.Pick(Surnames)}", (_, r) => $"Fonderie {r.Pick(Brands)}"), 6),
        (Company("mecanique", ["Mécanique", "Usinage", "Décolletage"], ["SDI_MECANIQUE", "CSF_AERONAUTIQUE", "CSF_SOLUTIONS_INDUSTRIE_FUTUR"],
            (_, r) => $"Mécanique de précision {r.Pick(Surnames)}", (p, _) => $"Mécanique générale {p.OfCommune}",
            (_, r) => $"Usinage {r.Pick(Brands)}", (p, _) => $"Décolletage {p.OfCommune}"), 10),
        (Company("agro", ["Biscuiterie", "Conserverie", "Fromagerie", "Salaisons", "Laiterie", "Chocolaterie", "Brasserie", "Minoterie"],
            ["CSF_ALIMENTAIRE", "SDI_LOGISTIQUE", "SDI_ECO_INDUSTRIE"],
            (p, _) => $"Biscuiterie {p.OfCommune}", (_, r) => $"Conserverie {r.Pick(Surnames)}", (p, _) => $"Fromagerie {p.OfCommune}",
            (p, _) => $"Salaisons {p.OfCommune}", (p, _) => $"Laiterie {p.OfCommune}", (_, r) => $"Chocolaterie {r.Pick(Surnames)}",
            (p, _) => $"Brasserie {p.OfCommune}", (_, r) => $"Minoterie {r.Pick(Surnames)}"), 10),
        (Company("bois", ["Scierie", "Menuiserie", "Charpentes"], ["CSF_BOIS", "CSF_CONSTRUCTION", "SDI_ECO_INDUSTRIE"],
            (p, _) => $"Scierie {p.OfCommune}", (_, r) => $"Menuiserie industrielle {r.Pick(Surnames)}", (_, r) => $"Charpentes {r.Pick(Surnames)}"), 5),
        (Company("plasturgie", ["Plastiques", "Composites", "Plasturgie"], ["CSF_CHIMIE_MATERIAUX", "CSF_AUTOMOBILE", "SDI_BIENS_CONSOMMATION"],
            (_, r) => $"{r.Pick(Brands)} Plastiques", (p, _) => $"Composites {p.OfCommune}", (_, r) => $"Plasturgie {r.Pick(Surnames)}"), 5),
        (Company("electronique", ["Électronique"], ["CSF_ELECTRONIQUE", "SDI_NUMERIQUE", "CSF_SECURITE"],
            (_, r) => $"{r.Pick(Brands)} Électronique", (_, r) => $"Électronique {r.Pick(Surnames)}"), 4),
        (Company("robotique", ["Robotique", "Automation"], ["SDI_ROBOTIQUE", "CSF_SOLUTIONS_INDUSTRIE_FUTUR", "SDI_NUMERIQUE"],
            (_, r) => $"{r.Pick(Brands)} Robotique", (_, r) => $"{r.Pick(Brands)} Automation"), 3),
        (Company("logistique", ["Logistique", "Transports"], ["SDI_LOGISTIQUE", "CSF_ALIMENTAIRE", "SDI_NUMERIQUE"],
            (_, r) => $"Transports et Logistique {r.Pick(Surnames)}", (_, r) => $"{r.Pick(Brands)} Logistique"), 6),
        (Company("sante", ["Laboratoires", "Médical"], ["CSF_SANTE", "CSF_CHIMIE_MATERIAUX", "CSF_ELECTRONIQUE"],
            (_, r) => $"Laboratoires {r.Pick(Surnames)}", (_, r) => $"{r.Pick(Brands)} Médical"), 3),
        (Company("emballage", ["Emballages", "Cartonnerie", "Papeteries"], ["SDI_BIENS_CONSOMMATION", "CSF_BOIS", "CSF_DECHETS"],
            (_, r) => $"{r.Pick(Brands)} Emballages", (p, _) => $"Cartonnerie {p.OfCommune}", (p, _) => $"Papeteries {p.OfCommune}"), 4),
        (Company("chaudronnerie", ["Chaudronnerie", "Métallerie", "Tôlerie"], ["CSF_MINES_METALLURGIE", "SDI_MECANIQUE", "CSF_NUCLEAIRE"],
            (_, r) => $"Chaudronnerie {r.Pick(Surnames)}", (p, _) => $"Métallerie {p.OfCommune}", (_, r) => $"Tôlerie industrielle {r.Pick(Brands)}"), 5),
        (Company("ferroviaire", ["Ferroviaire"], ["CSF_FERROVIAIRE", "SDI_MECANIQUE", "CSF_ELECTRONIQUE"],
            (p, _) => $"Ateliers ferroviaires {p.OfCommune}", (_, r) => $"{r.Pick(Brands)} Ferroviaire"), 1),
        (Company("energie", ["Énergies", "Solaire"], ["CSF_NOUVEAUX_SYSTEMES_ENERGETIQUES", "SDI_ECO_INDUSTRIE", "CSF_ELECTRONIQUE"],
            (_, r) => $"{r.Pick(Brands)} Énergies", (p, _) => $"Solaire {p.OfCommune}"), 3),
        (Company("textile", ["Maroquinerie", "Tissages", "Textiles"], ["CSF_MODE_LUXE", "SDI_BIENS_CONSOMMATION"],
            (p, _) => $"Maroquinerie {p.OfCommune}", (_, r) => $"Tissages {r.Pick(Surnames)}", (_, r) => $"Textiles {r.Pick(Brands)}"), 2),
        (Company("automobile", ["automobiles"], ["CSF_AUTOMOBILE", "SDI_MECANIQUE", "CSF_CHIMIE_MATERIAUX"],
            (_, r) => $"{r.Pick(Brands)} Équipements automobiles", (p, _) => $"Équipements automobiles {p.OfCommune}"), 3),
        (Company("naval", ["naval", "Nautique"], ["CSF_MER", "SDI_MECANIQUE", "CSF_CHIMIE_MATERIAUX"],
            (_, r) => $"Chantier naval {r.Pick(Surnames)}", (_, r) => $"{r.Pick(Brands)} Nautique"), 1),
        (Company("recyclage", ["Recyclage", "Environnement"], ["CSF_DECHETS", "SDI_ECO_INDUSTRIE", "SDI_LOGISTIQUE"],
            (_, r) => $"{r.Pick(Brands)} Recyclage", (_, r) => $"{r.Pick(Brands)} Environnement"), 3),
        (Company("imprimerie", ["Imprimerie", "Arts graphiques"], ["SDI_COMMUNICATION", "SDI_BIENS_CONSOMMATION"],
            (_, r) => $"Imprimerie {r.Pick(Surnames)}", (p, _) => $"Arts graphiques {p.OfCommune}"), 2),
        (Company("construction", ["Bétons", "Tuileries", "Préfabrication"], ["CSF_CONSTRUCTION", "CSF_CHIMIE_MATERIAUX", "SDI_ECO_INDUSTRIE"],
            (p, _) => $"Bétons {p.OfCommune}", (p, _) => $"Tuileries {p.OfCommune}", (_, r) => $"Préfabrication {r.Pick(Surnames)}"), 3),
        (Company("eau", ["Hydraulique", "eaux"], ["CSF_EAU", "SDI_ECO_INDUSTRIE", "SDI_MECANIQUE"],
            (_, r) => $"{r.Pick(Brands)} Hydraulique", (_, r) => $"Traitement des eaux {r.Pick(Surnames)}"), 2),
        (Company("numerique", ["Réseaux", "Numérique"], ["CSF_INFRASTRUCTURES_NUMERIQUES", "SDI_NUMERIQUE", "CSF_ELECTRONIQUE"],
            (_, r) => $"{r.Pick(Brands)} Réseaux", (_, r) => $"{r.Pick(Brands)} Numérique"), 2),
        (Company("securite", ["Sécurité"], ["CSF_SECURITE", "CSF_ELECTRONIQUE"], (_, r) => $"{r.Pick(Brands)} Sécurité"), 1),
        (Company("autonomie", ["Autonomie"], ["SDI_SERVICES_PERSONNE", "CSF_SANTE"], (_, r) => $"{r.Pick(Brands)} Autonomie"), 1),
    ];

    public static readonly OrganisationProfile Lycee = new("lycee", OrganisationKind.TrainingEstablishment, ["Lycée"], TrainingSectors, TrainingKinds,
        [(_, r) => $"Lycée professionnel {r.Pick(SchoolPatrons)}", (_, r) => $"Lycée des métiers {r.Pick(SchoolPatrons)}", (_, r) => $"Lycée polyvalent {r.Pick(SchoolPatrons)}"]);
    public static readonly OrganisationProfile Cfa = new("cfa", OrganisationKind.TrainingEstablishment, ["CFA", "Pôle formation"], TrainingSectors, TrainingKinds,
        [(p, _) => $"CFA de l’industrie {p.OfCommune}", (p, _) => $"Pôle formation UIMM {p.Department}"]);
    public static readonly OrganisationProfile Iut = new("iut", OrganisationKind.TrainingEstablishment, ["IUT"], TrainingSectors, TrainingKinds,
        [(p, _) => $"IUT {p.OfCommune}"]);
    // Pôle emploi became France Travail on 1 January 2024: each edition shows the name of its time.
    public static readonly OrganisationProfile PoleEmploi = new("pole-emploi", OrganisationKind.EmploymentService, ["Pôle emploi"], RecruitingSectors, EmploymentKinds,
        [(p, _) => $"Pôle emploi {p.Commune}"], ToYear: 2023);
    public static readonly OrganisationProfile FranceTravail = new("france-travail", OrganisationKind.EmploymentService, ["France Travail"], RecruitingSectors, EmploymentKinds,
        [(p, _) => $"France Travail {p.Commune}"], FromYear: 2024);
    public static readonly OrganisationProfile MissionLocale = new("mission-locale", OrganisationKind.EmploymentService, ["Mission locale"], RecruitingSectors, EmploymentKinds,
        [(p, _) => $"Mission locale {p.OfCommune}"]);
    public static readonly OrganisationProfile CapEmploi = new("cap-emploi", OrganisationKind.EmploymentService, ["Cap emploi"], RecruitingSectors, EmploymentKinds,
        [(p, _) => $"Cap emploi {p.Department}"], Departmental: true);
    public static readonly OrganisationProfile Cci = new("cci", OrganisationKind.Chamber, ["CCI"], AllSectors, ChamberKinds,
        [(p, _) => $"CCI {p.Department}"], Departmental: true);
    public static readonly OrganisationProfile Uimm = new("uimm", OrganisationKind.ProfessionalFederation, ["UIMM"], TrainingSectors, FederationKinds,
        [(p, _) => $"UIMM {p.Department}"], Departmental: true);
    public static readonly OrganisationProfile Groupement = new("groupement", OrganisationKind.ProfessionalFederation, ["Groupement"], AllSectors, FederationKinds,
        [(p, _) => $"Groupement des industriels {p.OfCommune}"]);
    public static readonly OrganisationProfile Association = new("association", OrganisationKind.Association, ["Club", "Fab lab", "Association"], AllSectors, AssociationKinds,
        [(p, _) => $"Club des entreprises {p.OfCommune}", (p, _) => $"Fab lab {p.OfCommune}", (p, _) => $"Association Jeunes et Industrie {p.Department}"]);
    public static readonly OrganisationProfile LocalAuthority = new("collectivite", OrganisationKind.LocalAuthority, ["Communauté", "Ville"], AllSectors, LocalAuthorityKinds,
        [(p, _) => $"Communauté d’agglomération {p.OfCommune}", (p, _) => $"Ville {p.OfCommune}"]);

    private static readonly OrganisationProfile[] Others =
        [Lycee, Cfa, Iut, PoleEmploi, FranceTravail, MissionLocale, CapEmploi, Cci, Uimm, Groupement, Association, LocalAuthority];

    /// <summary>
    /// The profile of the n-th organiser of a department: the first twelve follow a fixed pattern, so
    /// that even a small department has a company, a lycée, the employment service, its CCI and its UIMM.
    /// </summary>
    public static OrganisationProfile ForPosition(int position, int year, Random rng)
    {
        var employment = FranceTravail.IsAvailableIn(year) ? FranceTravail : PoleEmploi;
        OrganisationProfile? fixedProfile = position switch
        {
            1 => Lycee, 3 => employment, 5 => Cci, 8 => Uimm, 9 => Association, 11 => Cfa,
            0 or 2 or 4 or 6 or 7 or 10 => null,
            _ => rng.PickWeighted<OrganisationProfile?>(
                [(null, 70), (Lycee, 6), (Cfa, 2), (Iut, 2), (employment, 3), (MissionLocale, 3), (CapEmploi, 1),
                 (Groupement, 2), (Association, 6), (LocalAuthority, 5)]),
        };
        return fixedProfile ?? rng.PickWeighted(Companies);
    }

    /// <summary>The profile an organisation's name was built from; organisations named otherwise get their kind's default.</summary>
    public static OrganisationProfile Recognise(string name, OrganisationKind kind, string communeName)
    {
        var own = name.Replace(French.Typo(communeName), "", StringComparison.Ordinal);
        var candidates = kind == OrganisationKind.Company ? Companies.Select(c => c.Profile) : Others.Where(o => o.Kind == kind);
        foreach (var profile in candidates)
            if (profile.Markers.Any(m => own.Contains(m, StringComparison.OrdinalIgnoreCase))) return profile;
        return kind switch
        {
            OrganisationKind.Company => Companies.First(c => c.Profile.Key == "mecanique").Profile,
            OrganisationKind.TrainingEstablishment => Lycee,
            OrganisationKind.EmploymentService => MissionLocale,
            OrganisationKind.Chamber => Cci,
            OrganisationKind.ProfessionalFederation => Groupement,
            OrganisationKind.LocalAuthority => LocalAuthority,
            _ => Association,
        };
    }

    /// <summary>
    /// How a sentence names the organisation, with the article French needs:
    /// « l’entreprise Fonderies de Cahors », « le lycée professionnel Jean-Moulin », « la CCI Lot », « France Travail Cahors ».
    /// </summary>
    public static string Designate(string name, OrganisationKind kind)
    {
        var firstWord = name.Split(' ')[0];
        return firstWord switch
        {
            "Lycée" or "Collège" or "Club" or "Groupement" => "le " + LowerFirst(name),
            "CFA" or "Campus" or "Pôle" when !name.StartsWith("Pôle emploi", StringComparison.Ordinal) => "le " + name,
            "IUT" or "UIMM" => "l’" + name,
            "Association" => "l’" + LowerFirst(name),
            "Communauté" or "Chambre" => "la " + LowerFirst(name),
            "Ville" or "Mission" or "CCI" or "Préfecture" => "la " + name,
            "Fab" => "le " + name,
            _ => kind == OrganisationKind.Company ? "l’entreprise " + name : name,
        };
    }

    private static string LowerFirst(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
