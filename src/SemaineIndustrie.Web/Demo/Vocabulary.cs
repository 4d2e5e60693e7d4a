namespace SemaineIndustrie.Web.Demo;

/// <summary>Words the demo composes names, addresses and contacts from. Invented or common: no real company is meant.</summary>
internal static class Vocabulary
{
    public static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
        "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
        "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
        "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger",
        "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand", "Dufour",
        "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin", "Fernandez",
        "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal", "Bourgeois",
        "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis", "Olivier",
        "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles", "Guillot", "Rivière", "Le Gall", "Guillaume", "Adam",
        "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Menard", "Fleury", "Deschamps", "Carpentier", "Julien",
        "Benoît", "Paris", "Maillard", "Marchal", "Aubry", "Vasseur", "Le Roux", "Renault", "Jacquet", "Collet",
        "Prévost", "Poirier", "Charpentier", "Royer", "Huet", "Baron", "Dupuy", "Pons", "Paul", "Laine",
        "Carré", "Breton", "Rémy", "Schneider", "Perrot", "Guyot", "Barre", "Marty", "Cousin", "Bouvier",
    ];

    public static readonly string[] FirstNames =
    [
        "Camille", "Léa", "Manon", "Chloé", "Sarah", "Julie", "Marie", "Laura", "Emma", "Inès",
        "Claire", "Nathalie", "Isabelle", "Sophie", "Céline", "Aurélie", "Élodie", "Sandrine", "Fatima", "Amandine",
        "Thomas", "Nicolas", "Julien", "Maxime", "Alexandre", "Antoine", "Hugo", "Lucas", "Mehdi", "Karim",
        "Pierre", "Jean", "Philippe", "Laurent", "Stéphane", "Christophe", "Sébastien", "Olivier", "Frédéric", "David",
        "Émilie", "Anne", "Valérie", "Hélène", "Pauline", "Yasmine", "Mathieu", "Romain", "Bruno", "Éric",
    ];

    /// <summary>Invented trade names, the kind small industrial firms choose.</summary>
    public static readonly string[] Brands =
    [
        "Axiom", "Soframe", "Technival", "Mécafor", "Arvel", "Novatec", "Altis", "Proméca", "Sudal", "Normeca",
        "Pyrène", "Cérès", "Helios", "Armor", "Vallis", "Oxalis", "Cobalt", "Vertex", "Orion", "Atlantis",
        "Boréal", "Galilée", "Lumis", "Optimeca", "Précitec", "Somatec", "Idéal", "Alpin", "Oréade", "Kinetis",
        "Méridien", "Aquilon", "Sirius", "Néotech", "Ardent", "Castel", "Tellus", "Volta", "Ambre", "Silex",
    ];

    /// <summary>People schools and streets are named after, written as French names of schools are (with hyphens).</summary>
    public static readonly string[] SchoolPatrons =
    [
        "Jean-Moulin", "Louis-Armand", "Marie-Curie", "Gustave-Eiffel", "Jules-Ferry", "Victor-Hugo", "Paul-Langevin",
        "Léonard-de-Vinci", "Jean-Jaurès", "Pierre-et-Marie-Curie", "Antoine-de-Saint-Exupéry", "Simone-Veil",
        "Jacques-Prévert", "Louis-Pasteur", "Joliot-Curie", "Henri-Becquerel", "Blaise-Pascal", "Denis-Papin",
        "Camille-Claudel", "Nicéphore-Niépce", "Gaston-Crampe", "Eugène-Freyssinet", "Sophie-Germain", "Olympe-de-Gouges",
    ];

    public static readonly string[] IndustrialAddresses =
    [
        "{n} rue de l’Industrie", "ZI des Grands Champs", "ZA du Moulin", "{n} rue des Artisans", "ZI de la Gare",
        "{n} avenue de l’Europe", "Parc d’activités des Prés", "{n} rue Denis-Papin", "ZA des Pierres Blanches",
        "{n} rue de la Mécanique", "ZI Nord", "ZI Sud", "{n} chemin des Forges", "Parc d’activités du Causse",
        "{n} rue Gustave-Eiffel", "ZA de la Croix Blanche", "{n} route nationale", "{n} rue des Usines", "ZI du Pont",
    ];

    public static readonly string[] TownAddresses =
    [
        "{n} avenue Jean-Jaurès", "{n} boulevard Gambetta", "{n} rue Victor-Hugo", "{n} place de la République",
        "{n} rue de la Libération", "{n} avenue du Général-de-Gaulle", "{n} rue Pasteur", "{n} rue des Écoles",
        "{n} boulevard de la Liberté", "{n} rue du Maréchal-Foch", "{n} place de l’Hôtel-de-Ville", "{n} rue Carnot",
    ];

    public static readonly string[] AccessibilityDetails =
    [
        "Accès de plain-pied, place de stationnement réservée devant l’entrée.",
        "Ascenseur jusqu’aux ateliers ; boucle magnétique à l’accueil.",
        "Parcours de visite adapté aux fauteuils roulants ; certaines zones de production restent fermées pour des raisons de sécurité.",
        "Toilettes adaptées et rampe d’accès ; prévenez-nous à l’inscription pour que nous vous accueillions au mieux.",
        "Salle accessible en fauteuil roulant ; présentation sous-titrée.",
        "Visite possible en fauteuil roulant, avec un accompagnateur de l’entreprise.",
    ];

    public static string Address(Random rng, bool industrial)
    {
        var template = rng.Pick(industrial ? IndustrialAddresses : TownAddresses);
        return template.Replace("{n}", (1 + rng.Next(rng.Chance(0.8) ? 40 : 180)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static string Person(Random rng) => $"{rng.Pick(FirstNames)} {rng.Pick(Surnames)}";
}
