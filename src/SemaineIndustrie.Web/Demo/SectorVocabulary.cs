namespace SemaineIndustrie.Web.Demo;

/// <summary>How the texts speak of a sector: with its article, what one sees there, who it hires.</summary>
internal sealed record SectorWords(string Phrase, string Activities, string Jobs);

internal static class SectorVocabulary
{
    private static readonly SectorWords Industry = new("l’industrie",
        "procédés de fabrication, contrôle qualité, maintenance et sécurité au travail",
        "opérateurs de production, techniciens de maintenance, agents qualité");

    private static readonly Dictionary<string, SectorWords> Words = new(StringComparer.Ordinal)
    {
        ["CSF_AERONAUTIQUE"] = new("l’aéronautique", "usinage de pièces de structure, assemblage, contrôle non destructif et traçabilité", "ajusteurs-monteurs, usineurs, contrôleurs qualité, techniciens de maintenance"),
        ["CSF_ALIMENTAIRE"] = new("l’agroalimentaire", "réception des matières premières, lignes de fabrication et de conditionnement, hygiène et contrôle qualité", "conducteurs de ligne, opérateurs de production, agents de maintenance, techniciens qualité"),
        ["CSF_AUTOMOBILE"] = new("l’automobile", "emboutissage, assemblage de sous-ensembles, peinture et contrôle final des pièces", "opérateurs de production, régleurs, techniciens de maintenance, peintres industriels"),
        ["CSF_BOIS"] = new("la filière bois", "sciage, séchage, usinage sur machines à commande numérique et assemblage", "opérateurs de scierie, menuisiers industriels, conducteurs de machines à commande numérique"),
        ["CSF_CHIMIE_MATERIAUX"] = new("l’industrie chimique", "formulation, injection et extrusion de matières, essais en laboratoire et sécurité des procédés", "opérateurs de fabrication, techniciens de laboratoire, conducteurs d’installation"),
        ["CSF_FERROVIAIRE"] = new("le ferroviaire", "fabrication et maintenance de sous-ensembles ferroviaires, câblage et essais", "câbleurs, monteurs, soudeurs, techniciens d’essais"),
        ["CSF_SANTE"] = new("les industries de santé", "production en salle propre, conditionnement, contrôle qualité et traçabilité", "opérateurs en salle propre, techniciens qualité, agents de conditionnement"),
        ["CSF_MER"] = new("l’industrie navale", "construction et réparation navales, soudure, chaudronnerie et équipement des navires", "soudeurs, chaudronniers, tuyauteurs, électriciens de bord"),
        ["CSF_MODE_LUXE"] = new("l’industrie du luxe", "coupe, piqûre, finitions à la main et contrôle des pièces", "maroquiniers, couturiers, coupeurs, contrôleurs qualité"),
        ["CSF_NUCLEAIRE"] = new("le nucléaire", "soudage de haute exigence, contrôle des équipements et culture de la sûreté", "soudeurs, robinetiers, techniciens de contrôle, électrotechniciens"),
        ["CSF_EAU"] = new("l’industrie de l’eau", "traitement et distribution de l’eau, maintenance des pompes et des réseaux, analyses en laboratoire", "techniciens de réseaux, électromécaniciens, agents d’exploitation"),
        ["CSF_MINES_METALLURGIE"] = new("la métallurgie", "fusion, moulage, traitement thermique et parachèvement des pièces métalliques", "fondeurs, mouleurs, opérateurs de traitement thermique, chaudronniers"),
        ["CSF_CONSTRUCTION"] = new("les matériaux de construction", "fabrication de produits en béton, en terre cuite ou en métal pour le bâtiment", "conducteurs de ligne, pilotes d’installation, techniciens de maintenance"),
        ["CSF_NOUVEAUX_SYSTEMES_ENERGETIQUES"] = new("les énergies nouvelles", "fabrication et maintenance d’équipements pour les énergies renouvelables, stockage de l’énergie", "électrotechniciens, techniciens de maintenance, monteurs"),
        ["CSF_ELECTRONIQUE"] = new("l’électronique", "assemblage de cartes électroniques, soudure, tests et programmation", "câbleurs, opérateurs en électronique, techniciens de test"),
        ["CSF_DECHETS"] = new("le recyclage", "tri, recyclage et valorisation des matières, économie circulaire au quotidien", "agents de tri, conducteurs d’engins, techniciens de valorisation"),
        ["CSF_INFRASTRUCTURES_NUMERIQUES"] = new("les réseaux numériques", "déploiement de la fibre, centres de données et réseaux", "techniciens fibre, techniciens réseaux, exploitants de centres de données"),
        ["CSF_SECURITE"] = new("les industries de sécurité", "conception et fabrication d’équipements de sécurité, électronique embarquée et essais", "monteurs-câbleurs, techniciens d’essais, intégrateurs"),
        ["CSF_SOLUTIONS_INDUSTRIE_FUTUR"] = new("l’industrie du futur", "cobots, jumeaux numériques, impression 3D et maintenance prédictive", "roboticiens, automaticiens, techniciens de maintenance"),
        ["SDI_BIENS_CONSOMMATION"] = new("les biens de consommation", "conception de produits, fabrication en série, emballage et expédition", "opérateurs de production, conducteurs de ligne, préparateurs de commandes"),
        ["SDI_COMMUNICATION"] = new("les industries graphiques", "impression, façonnage, signalétique et fabrication de supports de communication", "conducteurs offset et numérique, façonniers, opérateurs prépresse"),
        ["SDI_NUMERIQUE"] = new("le numérique", "programmation des machines, données de production et cybersécurité industrielle", "développeurs industriels, techniciens informatiques, analystes de données"),
        ["SDI_SERVICES_PERSONNE"] = new("les services à la personne", "fabrication d’équipements et d’aides techniques pour l’autonomie", "techniciens de fabrication, monteurs, agents de maintenance"),
        ["SDI_ECO_INDUSTRIE"] = new("les éco-industries", "réduction des consommations d’énergie et d’eau, recyclage des chutes et écoconception", "techniciens environnement, opérateurs de traitement, chargés de projets énergie"),
        ["SDI_MECANIQUE"] = new("la mécanique", "tournage, fraisage, programmation de machines à commande numérique et contrôle dimensionnel", "tourneurs, fraiseurs, régleurs sur commande numérique, techniciens de maintenance"),
        ["SDI_ROBOTIQUE"] = new("la robotique", "programmation de robots et de cobots, vision industrielle et automatismes", "roboticiens, automaticiens, techniciens de maintenance"),
        ["SDI_LOGISTIQUE"] = new("la logistique", "réception, stockage, préparation de commandes, gestion des flux et expédition", "préparateurs de commandes, caristes, agents de quai, chefs d’équipe"),
    };

    /// <summary>The words of a sector; a sector added later by the administrators reads as « l’industrie ».</summary>
    public static SectorWords For(string code) => Words.GetValueOrDefault(code, Industry);

    private static readonly Dictionary<string, string> AudiencePhrases = new(StringComparer.Ordinal)
    {
        ["ecoliers"] = "les écoliers",
        ["collegiens"] = "les collégiens",
        ["lyceens"] = "les lycéens",
        ["etudiants-apprentis"] = "les étudiants et apprentis",
        ["demandeurs-emploi"] = "les demandeurs d’emploi",
        ["salaries-reconversion"] = "les salariés en reconversion",
        ["enseignants"] = "les enseignants et conseillers d’orientation",
        ["parents"] = "les parents",
        ["grand-public"] = "le grand public",
    };

    public static string Audience(string code) => AudiencePhrases.GetValueOrDefault(code, "le public");

    /// <summary>Audiences that come as a class with their teachers, and so book a slot for a group.</summary>
    public static bool IsSchool(string audienceCode) => audienceCode is "ecoliers" or "collegiens" or "lyceens";
}
