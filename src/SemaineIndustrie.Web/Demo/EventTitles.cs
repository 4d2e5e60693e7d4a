using static SemaineIndustrie.Web.Demo.French;

namespace SemaineIndustrie.Web.Demo;

/// <summary>What the texts of one event are composed from.</summary>
internal sealed record TextContext(DemoOrganisation Organisation, string SectorCode, string AudienceCode, string Commune)
{
    public string Org => Typo(Organisation.Name);
    /// <summary>« l’entreprise Fonderies de Cahors », « la Mission locale de Figeac ».</summary>
    public string D => Typo(Organisation.Designation);
    /// <summary>« la mécanique ».</summary>
    public string S => SectorVocabulary.For(SectorCode).Phrase;
    /// <summary>« les collégiens ».</summary>
    public string Aud => SectorVocabulary.Audience(AudienceCode);
    /// <summary>« chez Fonderies de Cahors » for a company, « au lycée professionnel Jean-Moulin » otherwise.</summary>
    public string Place => Organisation.IsCompany ? "chez " + Org : At(D);
}

/// <summary>A title template and the theme it puts forward, if any (« L’Industrie au féminin » is about mixité).</summary>
internal sealed record TitleTemplate(Func<TextContext, string> Compose, string? Theme = null);

/// <summary>Titles and summaries by kind of event. Each kind has a few wordings so that lists do not read as one.</summary>
internal static class EventTitles
{
    private static TitleTemplate T(Func<TextContext, string> compose, string? theme = null) => new(compose, theme);

    public static readonly Dictionary<string, TitleTemplate[]> Titles = new(StringComparer.Ordinal)
    {
        ["visite-entreprise"] =
        [
            T(c => $"Visite d’entreprise chez {c.Org}"),
            T(c => $"{c.Org} ouvre ses ateliers {At(c.Aud)}"),
            T(c => $"Dans les coulisses {Of(c.S)} : visite {Of(c.D)}"),
            T(c => $"Découvrir les métiers {Of(c.S)} {At(c.Commune)}"),
        ],
        ["visite-formation"] =
        [
            T(c => $"Visite {Of(c.D)} : se former aux métiers {Of(c.S)}"),
            T(c => $"Les plateaux techniques {Of(c.D)} ouverts {At(c.Aud)}"),
            T(c => $"{Capitalise(c.D)} présente ses formations industrielles", "alternance"),
        ],
        ["portes-ouvertes"] =
        [
            T(c => $"Portes ouvertes {Of(c.D)}"),
            T(c => $"Journée portes ouvertes {At(c.Commune)} : les métiers {Of(c.S)}"),
            T(c => $"{Capitalise(c.D)} vous ouvre ses portes"),
        ],
        ["job-dating"] =
        [
            T(c => $"Job dating industrie {At(c.Commune)}", "recrutement"),
            T(c => $"Job dating : les entreprises {Of(c.S)} recrutent", "recrutement"),
            T(c => $"Dix minutes pour convaincre : job dating {Of(c.S)}"),
            T(c => $"Job dating {c.Place}"),
        ],
        ["rencontre-emploi"] =
        [
            T(c => $"Les métiers {Of(c.S)} recrutent {At(c.Commune)}", "recrutement"),
            T(c => $"Rencontre entre entreprises et demandeurs d’emploi {At(c.Commune)}"),
            T(c => $"Métiers en tension {Of(c.S)} : rencontrez les employeurs", "recrutement"),
            T(c => $"Emploi industriel : rencontres {c.Place}"),
        ],
        ["atelier"] =
        [
            T(c => $"Atelier découverte des métiers {Of(c.S)}"),
            T(c => $"Atelier pratique {c.Place}"),
            T(c => $"Fabriquer, tester, comprendre : atelier {Of(c.S)}"),
            T(c => $"Atelier « Fabrique ton objet » {At(c.Commune)}"),
        ],
        ["demonstration"] =
        [
            T(c => $"Démonstration : {c.S} en action"),
            T(c => $"Démonstration de savoir-faire {c.Place}"),
            T(c => $"Voir {c.S} en action {At(c.Commune)}"),
        ],
        ["exposition"] =
        [
            T(c => $"Exposition « L’industrie près de chez vous » {At(c.Commune)}", "territoires"),
            T(c => $"Exposition : {c.S}, hier et aujourd’hui"),
            T(c => $"Nos métiers en images : exposition {c.Place}"),
        ],
        ["intervention-scolaire"] =
        [
            T(_ => "« L’Industrie au féminin » : des professionnelles en classe", "mixite"),
            T(c => $"« L’Industrie du futur » : intervention en classe {At(c.Commune)}", "industrie-du-futur"),
            T(c => $"Des professionnels {Of(c.S)} en classe"),
            T(c => $"Parcours et métiers {Of(c.S)} : intervention en classe"),
        ],
        ["conference"] =
        [
            T(c => $"Conférence : {c.S}, des métiers d’avenir"),
            T(c => $"Table ronde « Femmes et industrie » {At(c.Commune)}", "mixite"),
            T(c => $"Conférence « Industrie et transition écologique » {At(c.Commune)}", "transition-ecologique"),
            T(c => $"Table ronde : recruter et former dans {c.S}", "recrutement"),
        ],
        ["forum"] =
        [
            T(c => $"Forum des métiers de l’industrie {At(c.Commune)}"),
            T(c => $"Forum emploi et formation : les métiers {Of(c.S)}", "alternance"),
            T(c => $"Forum de l’orientation : cap sur l’industrie {At(c.Commune)}"),
        ],
        ["concours"] =
        [
            T(c => $"Défi robotique {At(c.Commune)}", "industrie-du-futur"),
            T(_ => "Concours « Imagine l’industrie de demain »", "innovation"),
            T(c => $"Challenge inter-classes : les métiers {Of(c.S)}"),
        ],
    };

    public static readonly Dictionary<string, Func<TextContext, string>[]> Summaries = new(StringComparer.Ordinal)
    {
        ["visite-entreprise"] =
        [
            c => $"{Capitalise(c.D)} accueille {c.Aud} pour une visite commentée de ses ateliers : procédés de fabrication, métiers et parcours de formation {Of(c.S)}.",
            c => $"Suivre une production de l’intérieur et rencontrer celles et ceux qui la font : une visite pour découvrir les métiers {Of(c.S)} {At(c.Commune)}.",
        ],
        ["visite-formation"] =
        [
            c => $"{Capitalise(c.D)} fait découvrir ses plateaux techniques et ses formations aux métiers {Of(c.S)}, du CAP au BTS, avec des démonstrations des élèves et des apprentis.",
            c => $"Une visite pour découvrir les formations {Of(c.S)} {At(c.Commune)} et échanger avec les enseignants, les élèves et les apprentis.",
        ],
        ["portes-ouvertes"] =
        [
            c => $"{Capitalise(c.D)} ouvre ses portes : visite libre des installations, rencontres avec les équipes et présentation des métiers {Of(c.S)}.",
            c => $"Une journée pour voir de près les métiers {Of(c.S)} {At(c.Commune)}, poser ses questions et repartir avec des idées d’orientation.",
        ],
        ["job-dating"] =
        [
            c => $"Des entreprises {Of(c.S)} qui recrutent reçoivent les candidats en entretiens courts, sans CV obligatoire : postes en CDI, CDD, intérim et alternance.",
            c => $"Dix minutes pour convaincre un employeur : {c.D} organise des entretiens express pour des postes {Of(c.S)} à pourvoir {At(c.Commune)}.",
        ],
        ["rencontre-emploi"] =
        [
            c => $"Les employeurs {Of(c.S)} présentent leurs métiers en tension et rencontrent {c.Aud} : offres d’emploi, formations qualifiantes et aides au recrutement.",
            c => $"{Capitalise(c.D)} réunit entreprises et candidats autour des métiers {Of(c.S)} qui peinent à recruter, avec des offres à pourvoir dès maintenant.",
        ],
        ["atelier"] =
        [
            c => $"Un atelier pour mettre la main à la pâte : les participants réalisent une pièce simple et découvrent les gestes des métiers {Of(c.S)}.",
            c => $"{Capitalise(c.D)} propose un atelier pratique pour comprendre comment on conçoit et fabrique un objet, et quels métiers {Of(c.S)} y contribuent.",
        ],
        ["demonstration"] =
        [
            c => $"Machines en fonctionnement, démonstrations commentées et échanges avec les techniciens : une plongée dans le quotidien des métiers {Of(c.S)}.",
            c => $"{Capitalise(c.D)} présente ses équipements et ses savoir-faire lors de démonstrations commentées, suivies d’un temps d’échange.",
        ],
        ["exposition"] =
        [
            c => $"Photographies, objets et témoignages : une exposition sur les métiers {Of(c.S)} et les entreprises qui font l’industrie {Of(c.Commune)}.",
            c => $"{Capitalise(c.D)} présente une exposition sur l’histoire et l’avenir de l’industrie locale, avec un regard particulier sur {c.S}.",
        ],
        ["intervention-scolaire"] =
        [
            c => $"Des professionnels {Of(c.S)} viennent en classe raconter leur parcours, leur métier et les formations qui y mènent, puis répondent aux questions des élèves.",
            c => $"Une intervention en classe pour changer le regard des élèves sur l’industrie et leur montrer la diversité des métiers {Of(c.S)}.",
        ],
        ["conference"] =
        [
            c => $"Chefs d’entreprise, salariés et formateurs échangent sur l’avenir {Of(c.S)} : innovations, compétences recherchées et débouchés dans le territoire.",
            c => $"{Capitalise(c.D)} organise une conférence suivie d’un échange avec le public sur les métiers et les transformations {Of(c.S)}.",
        ],
        ["forum"] =
        [
            _ => "Entreprises, centres de formation et service public de l’emploi réunis pour présenter les métiers de l’industrie, les formations et les offres d’emploi et d’alternance.",
            c => $"Un forum pour s’orienter : stands d’entreprises {Of(c.S)}, présentations des formations, démonstrations et conseils personnalisés.",
        ],
        ["concours"] =
        [
            c => $"Des équipes d’élèves relèvent un défi technique proposé par des industriels {Of(c.S)}, avec remise des prix en fin de journée.",
            c => $"{Capitalise(c.D)} lance un concours pour imaginer l’industrie de demain : les projets sont présentés devant un jury de professionnels.",
        ],
    };
}
