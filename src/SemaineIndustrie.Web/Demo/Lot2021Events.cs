using SemaineIndustrie.Data.Events;
using SemaineIndustrie.Data.Organisations;

namespace SemaineIndustrie.Web.Demo;

internal sealed record LotOrganiser(string Name, OrganisationKind Kind, string CommuneCode, string? Address);

internal sealed record LotEvent(
    string Organiser, string Kind, string Title, string Summary, string[] Paragraphs,
    string[] Sectors, string[] Audiences, string[] Themes, string CommuneCode, string Venue, string? Address,
    DateOnly Day, TimeOnly Start, TimeOnly End, RegistrationMode Mode, int? Capacity = null, bool Featured = false);

/// <summary>
/// The week of 22 to 28 November 2021 in the Lot, as the prefecture announced it: the opening at the
/// Biscuiterie Fine de France in Le Montat during a collège class's visit, company visits for
/// collégiens (agri-food, robotics, logistics, mechanics), talks in schools, and meetings between
/// companies short of workers and job seekers. Apart from the biscuit factory, Pôle emploi and the
/// CCI, the organisers are invented: the announcement named the sectors, not the companies.
/// </summary>
internal static class Lot2021Events
{
    public const int Year = 2021;
    public const string Department = "46";
    public const string OpeningTitle = "Ouverture officielle de la Semaine de l’Industrie dans le Lot";

    private const string LeMontat = "46197", Cahors = "46042", Figeac = "46102", Gourdon = "46127", Souillac = "46309", SaintCere = "46251";

    public static readonly LotOrganiser[] Organisers =
    [
        new("Biscuiterie Fine de France", OrganisationKind.Company, LeMontat, null),
        new("CCI Lot", OrganisationKind.Chamber, Cahors, null),
        new("Pôle emploi Cahors", OrganisationKind.EmploymentService, Cahors, null),
        new("Pôle emploi Figeac", OrganisationKind.EmploymentService, Figeac, null),
        new("Mecanic Vallée", OrganisationKind.Association, Figeac, null),
        new("Mécanique de précision du Célé", OrganisationKind.Company, Figeac, "ZA de l’Aiguille"),
        new("Usinage aéronautique du Ségala", OrganisationKind.Company, Figeac, "12 rue de l’Industrie"),
        new("Quercy Robotique", OrganisationKind.Company, Cahors, "ZI de Regourd"),
        new("Conserverie de la Bouriane", OrganisationKind.Company, Gourdon, "ZA du Mas de Bessac"),
        new("Logistique du Causse", OrganisationKind.Company, Souillac, "ZA de la Borne"),
        new("Chaudronnerie de la Bave", OrganisationKind.Company, SaintCere, "4 chemin des Forges"),
    ];

    private static readonly string Week = "Tout au long de la semaine, du 22 au 28 novembre, entreprises, établissements de formation et Pôle emploi proposent dans le Lot des visites, des interventions en classe et des rencontres autour de l’emploi, sur le thème « Inventer un avenir durable ».";
    private static readonly string ClassVisit = "Visite réservée aux classes invitées, accompagnées de leurs enseignants ; chaussures fermées recommandées.";

    public static readonly LotEvent[] Events =
    [
        new("Biscuiterie Fine de France", "visite-entreprise", OpeningTitle,
            "Le préfet du Lot et le président de la CCI du Lot ouvrent la Semaine de l’Industrie à la Biscuiterie Fine de France, au Montat, pendant la visite d’une classe du collège de Montcuq-en-Quercy-Blanc.",
            ["Le mercredi 24 novembre 2021 à 9 h, le préfet du Lot et le président de la chambre de commerce et d’industrie du Lot donnent le coup d’envoi de la Semaine de l’Industrie dans le département, à la Biscuiterie Fine de France, au Montat.",
             "L’ouverture a lieu pendant la visite d’une classe du collège de Montcuq-en-Quercy-Blanc : les élèves découvrent les lignes de fabrication et de conditionnement, les règles d’hygiène et les métiers de l’agroalimentaire, et échangent avec les salariés.",
             Week],
            ["CSF_ALIMENTAIRE"], ["collegiens", "enseignants"], ["territoires"], LeMontat, "Biscuiterie Fine de France", null,
            new(2021, 11, 24), new(9, 0), new(11, 0), RegistrationMode.None, Featured: true),
        new("Mécanique de précision du Célé", "visite-entreprise", "Au cœur de la Mecanic Vallée : visite d’un atelier d’usinage à Figeac",
            "Des collégiens découvrent l’usinage de précision dans une entreprise de la Mecanic Vallée : tournage, fraisage, commande numérique et contrôle des pièces.",
            ["Autour de Figeac, la Mecanic Vallée rassemble des entreprises de la mécanique et de l’aéronautique qui recrutent. Une classe de collège visite un atelier d’usinage et suit la fabrication d’une pièce, du plan au contrôle final.",
             ClassVisit],
            ["SDI_MECANIQUE", "CSF_AERONAUTIQUE"], ["collegiens"], ["territoires"], Figeac, "Mécanique de précision du Célé", "ZA de l’Aiguille",
            new(2021, 11, 22), new(9, 30), new(11, 30), RegistrationMode.None),
        new("Usinage aéronautique du Ségala", "visite-entreprise", "Des pièces d’avion fabriquées dans le Lot : visite pour les collégiens",
            "Une entreprise de l’aéronautique ouvre ses ateliers aux collégiens : usinage de pièces de structure, assemblage et contrôle qualité.",
            ["Les élèves découvrent comment une pièce d’avion est usinée, contrôlée et tracée, et rencontrent des ajusteurs, des usineurs et des contrôleurs qualité, dont plusieurs anciens apprentis.",
             ClassVisit],
            ["CSF_AERONAUTIQUE", "SDI_MECANIQUE"], ["collegiens", "enseignants"], ["industrie-du-futur"], Figeac, "Usinage aéronautique du Ségala", "12 rue de l’Industrie",
            new(2021, 11, 25), new(14, 0), new(16, 0), RegistrationMode.None),
        new("Quercy Robotique", "visite-entreprise", "Robots et cobots : visite d’un intégrateur de robotique à Cahors",
            "Les collégiens voient des robots et des cobots programmés pour l’industrie, et essaient eux-mêmes de guider un bras robotisé.",
            ["Une entreprise cadurcienne conçoit et installe des cellules robotisées pour les usines de la région. Les élèves assistent à des démonstrations et découvrent les métiers d’automaticien et de roboticien.",
             ClassVisit],
            ["SDI_ROBOTIQUE", "CSF_SOLUTIONS_INDUSTRIE_FUTUR"], ["collegiens"], ["industrie-du-futur"], Cahors, "Quercy Robotique", "ZI de Regourd",
            new(2021, 11, 25), new(9, 0), new(11, 30), RegistrationMode.None),
        new("Logistique du Causse", "visite-entreprise", "Dans les coulisses d’une plateforme logistique à Souillac",
            "Réception, stockage, préparation des commandes, expédition : les collégiens suivent le parcours d’un colis dans une plateforme logistique.",
            ["La logistique recrute dans le Lot : caristes, préparateurs de commandes, agents de quai, chefs d’équipe. La visite montre les outils de gestion des stocks et les métiers de la plateforme.",
             ClassVisit],
            ["SDI_LOGISTIQUE"], ["collegiens"], ["recrutement"], Souillac, "Logistique du Causse", "ZA de la Borne",
            new(2021, 11, 26), new(9, 30), new(11, 30), RegistrationMode.None),
        new("Conserverie de la Bouriane", "visite-entreprise", "Visite d’une conserverie à Gourdon : les métiers de l’agroalimentaire",
            "Une conserverie familiale accueille des collégiens : préparation des produits du terroir, stérilisation, étiquetage et contrôle qualité.",
            ["Les élèves suivent la fabrication des conserves, de la réception des matières premières à l’expédition, et découvrent les règles d’hygiène et les métiers de l’agroalimentaire.",
             ClassVisit],
            ["CSF_ALIMENTAIRE"], ["collegiens"], ["territoires"], Gourdon, "Conserverie de la Bouriane", "ZA du Mas de Bessac",
            new(2021, 11, 23), new(14, 0), new(16, 0), RegistrationMode.None),
        new("Chaudronnerie de la Bave", "visite-entreprise", "Chaudronnerie et soudure : visite d’un atelier à Saint-Céré",
            "Les collégiens découvrent la découpe, le pliage et la soudure de pièces métalliques, et les métiers de chaudronnier et de soudeur.",
            ["Démonstrations de soudure, lecture de plans, contrôle des pièces : une entreprise de Saint-Céré présente des métiers qui recrutent et les formations qui y mènent.",
             ClassVisit],
            ["CSF_MINES_METALLURGIE", "SDI_MECANIQUE"], ["collegiens"], [], SaintCere, "Chaudronnerie de la Bave", "4 chemin des Forges",
            new(2021, 11, 23), new(9, 0), new(11, 0), RegistrationMode.None),
        new("CCI Lot", "intervention-scolaire", "« L’Industrie au féminin » : des femmes de l’industrie lotoise rencontrent les collégiens de Cahors",
            "Ingénieures, techniciennes et cheffes d’équipe d’entreprises du Lot racontent leur parcours aux collégiens de Cahors.",
            ["Pour lutter contre les idées reçues, des femmes qui travaillent dans l’industrie lotoise interviennent en classe : leur métier, leur formation, leur quotidien.",
             "Intervention en classe organisée avec les établissements ; pas d’inscription individuelle."],
            ["SDI_MECANIQUE", "CSF_ALIMENTAIRE", "CSF_AERONAUTIQUE"], ["collegiens", "enseignants"], ["mixite"], Cahors, "Collèges de Cahors", null,
            new(2021, 11, 22), new(14, 0), new(16, 0), RegistrationMode.None),
        new("Mecanic Vallée", "intervention-scolaire", "« L’Industrie au féminin » : rencontre avec les lycéens de Figeac",
            "Des professionnelles de la Mecanic Vallée présentent leur métier aux lycéens et répondent à leurs questions sur l’orientation.",
            ["Techniciennes d’usinage, responsables qualité, ingénieures : des femmes de la mécanique et de l’aéronautique viennent montrer que ces métiers sont ouverts à toutes et à tous.",
             "Intervention en classe organisée avec les établissements ; pas d’inscription individuelle."],
            ["SDI_MECANIQUE", "CSF_AERONAUTIQUE"], ["lyceens", "enseignants"], ["mixite"], Figeac, "Lycées de Figeac", null,
            new(2021, 11, 26), new(10, 0), new(12, 0), RegistrationMode.None),
        new("CCI Lot", "intervention-scolaire", "« L’Industrie du futur » : robotique, impression 3D et numérique expliqués aux collégiens de Gourdon",
            "Des industriels du Lot présentent en classe l’usine d’aujourd’hui : robots collaboratifs, impression 3D, données et maintenance prédictive.",
            ["L’intervention montre comment le numérique transforme les métiers de l’industrie et quelles formations y préparent, du bac professionnel au diplôme d’ingénieur.",
             "Intervention en classe organisée avec les établissements ; pas d’inscription individuelle."],
            ["CSF_SOLUTIONS_INDUSTRIE_FUTUR", "SDI_ROBOTIQUE"], ["collegiens"], ["industrie-du-futur"], Gourdon, "Collège de Gourdon", null,
            new(2021, 11, 23), new(10, 0), new(12, 0), RegistrationMode.None),
        new("Mecanic Vallée", "intervention-scolaire", "« L’Industrie du futur » : intervention au lycée à Saint-Céré",
            "Des entreprises de la Mecanic Vallée présentent aux lycéens les technologies et les métiers de l’industrie du futur.",
            ["Cobots, fabrication additive, jumeaux numériques : les intervenants montrent des exemples concrets tirés de leurs ateliers et parlent des métiers qui recrutent.",
             "Intervention en classe organisée avec les établissements ; pas d’inscription individuelle."],
            ["CSF_SOLUTIONS_INDUSTRIE_FUTUR", "SDI_MECANIQUE"], ["lyceens"], ["industrie-du-futur"], SaintCere, "Lycée de Saint-Céré", null,
            new(2021, 11, 25), new(14, 0), new(16, 0), RegistrationMode.None),
        new("Pôle emploi Cahors", "rencontre-emploi", "Métiers en tension : les entreprises lotoises rencontrent les demandeurs d’emploi",
            "Des entreprises de la mécanique, de l’agroalimentaire et de la logistique qui peinent à recruter présentent leurs métiers et leurs offres aux demandeurs d’emploi.",
            ["Pôle emploi Cahors réunit des employeurs de secteurs en tension et des demandeurs d’emploi : présentation des postes, des conditions de travail et des formations financées.",
             "Gratuit, sur inscription auprès de Pôle emploi Cahors ; venez avec votre CV si vous en avez un."],
            ["SDI_MECANIQUE", "CSF_ALIMENTAIRE", "SDI_LOGISTIQUE"], ["demandeurs-emploi", "salaries-reconversion"], ["recrutement"], Cahors, "Agence Pôle emploi de Cahors", null,
            new(2021, 11, 23), new(9, 0), new(12, 0), RegistrationMode.Platform, Capacity: 40),
        new("Pôle emploi Cahors", "job-dating", "Job dating industrie et logistique à Cahors",
            "Des entretiens de dix minutes avec des entreprises qui recrutent en production, en maintenance et en logistique, sans CV obligatoire.",
            ["Postes en CDI, CDD, intérim et alternance : préparateurs de commandes, caristes, conducteurs de ligne, techniciens de maintenance.",
             "Gratuit, sur inscription ; des conseillers aident à préparer les entretiens sur place."],
            ["SDI_LOGISTIQUE", "CSF_ALIMENTAIRE"], ["demandeurs-emploi"], ["recrutement"], Cahors, "Agence Pôle emploi de Cahors", null,
            new(2021, 11, 25), new(14, 0), new(17, 0), RegistrationMode.Platform, Capacity: 30),
        new("Pôle emploi Figeac", "rencontre-emploi", "Rencontre emploi : les entreprises de la Mecanic Vallée recrutent",
            "Les entreprises de la mécanique et de l’aéronautique du Figeacois rencontrent des demandeurs d’emploi et des personnes en reconversion.",
            ["Usineurs, ajusteurs, contrôleurs, techniciens de maintenance : les entreprises présentent leurs besoins et les formations qui permettent d’y accéder, avec le soutien de la Mecanic Vallée.",
             "Gratuit, sur inscription auprès de Pôle emploi Figeac."],
            ["SDI_MECANIQUE", "CSF_AERONAUTIQUE"], ["demandeurs-emploi", "salaries-reconversion"], ["recrutement", "territoires"], Figeac, "Agence Pôle emploi de Figeac", null,
            new(2021, 11, 26), new(9, 0), new(12, 0), RegistrationMode.Platform, Capacity: 35),
    ];
}
