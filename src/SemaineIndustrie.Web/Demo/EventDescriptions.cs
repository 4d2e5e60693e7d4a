using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Demo;

/// <summary>
/// The description of an event, in plain text: what happens, what one sees of the sector, how to
/// come. Paragraphs are separated by a blank line, which is how the pages split them.
/// </summary>
internal static class EventDescriptions
{
    private static readonly Dictionary<string, string[]> Details = new(StringComparer.Ordinal)
    {
        ["visite-entreprise"] =
        [
            "Le parcours suit le chemin d’une pièce, de la matière première à l’expédition, et s’arrête aux postes où l’on peut voir les gestes de près.",
            "Les visiteurs sont accueillis par petits groupes et guidés par des salariés qui présentent leur poste et leur parcours.",
        ],
        ["visite-formation"] =
        [
            "Élèves et apprentis présentent eux-mêmes leurs travaux et les machines sur lesquelles ils se forment.",
            "Les enseignants expliquent les diplômes préparés, l’alternance et les poursuites d’études possibles.",
        ],
        ["portes-ouvertes"] =
        [
            "Des salariés et des apprentis se tiennent à disposition tout au long de la journée pour parler de leur métier.",
            "Un parcours fléché permet de découvrir les installations à son rythme, avec des arrêts commentés.",
        ],
        ["job-dating"] = ["Chaque candidat peut rencontrer plusieurs recruteurs dans la même demi-journée ; des conseillers aident à préparer les entretiens sur place."],
        ["rencontre-emploi"] = ["Les entreprises présentent leurs besoins, leurs conditions de travail et les formations financées pour les personnes qui souhaitent se reconvertir."],
        ["atelier"] = ["Le matériel est fourni et les animateurs accompagnent chaque participant : aucune connaissance préalable n’est demandée."],
        ["demonstration"] = ["Les démonstrations durent une vingtaine de minutes et se répètent tout au long du créneau."],
        ["exposition"] = ["L’exposition est accompagnée de panneaux pédagogiques et d’un livret pour les enseignants qui viennent avec leur classe."],
        ["intervention-scolaire"] = ["L’intervention dure une heure environ et se prépare avec l’enseignant, qui reçoit à l’avance une présentation des métiers abordés."],
        ["conference"] = ["La rencontre se termine par les questions du public et un moment d’échange informel avec les intervenants."],
        ["forum"] = ["Des ateliers CV et des conseils d’orientation sont proposés sur place, ainsi que des démonstrations de métiers."],
        ["concours"] = ["Les équipes sont accompagnées par des professionnels ; les meilleurs projets sont récompensés et présentés sur le site de l’organisateur."],
    };

    private static readonly Dictionary<string, string> ThemeSentences = new(StringComparer.Ordinal)
    {
        ["mixite"] = "Une attention particulière est portée à la mixité : des ingénieures, des techniciennes et des opératrices témoignent, pour montrer que ces métiers sont ouverts à toutes et à tous.",
        ["industrie-du-futur"] = "Robots collaboratifs, impression 3D, réalité virtuelle : l’occasion de voir à quoi ressemble l’usine d’aujourd’hui et de demain.",
        ["transition-ecologique"] = "L’événement montre aussi comment l’industrie réduit ses consommations d’énergie, recycle et conçoit des produits plus durables.",
        ["recrutement"] = "De nombreux postes sont à pourvoir près de chez vous, avec ou sans expérience, et des formations sont proposées pour y accéder.",
        ["alternance"] = "L’apprentissage est présenté en détail : rythme, rémunération, entreprises qui accueillent des apprentis.",
        ["innovation"] = "Les projets de recherche et d’innovation menés avec les écoles et les laboratoires y sont présentés.",
        ["territoires"] = "Une façon de découvrir les entreprises qui font vivre le territoire et les emplois qu’elles offrent près de chez soi.",
        ["numerique"] = "Le numérique y tient une large place : pilotage des machines, données de production et intelligence artificielle.",
    };

    public static string Compose(TextContext c, string kind, string introduction, IReadOnlyList<string> sectorCodes,
        IReadOnlyList<string> themeCodes, RegistrationPlan registration, bool online, EditionPlan edition, Random rng)
    {
        var intro = introduction + " " + rng.Pick(Details[kind]);
        foreach (var theme in themeCodes)
            if (ThemeSentences.TryGetValue(theme, out var sentence)) intro += " " + sentence;

        var paragraphs = new List<string> { intro, Sector(kind, sectorCodes), Practical(c, kind, registration, online, edition) };
        return French.Fit(string.Join("\n\n", paragraphs), Event.DescriptionMaxLength);
    }

    private static string Sector(string kind, IReadOnlyList<string> sectorCodes)
    {
        var words = SectorVocabulary.For(sectorCodes[0]);
        var text = kind is "job-dating" or "rencontre-emploi"
            ? $"Postes proposés : {words.Jobs}. Les offres concernent des CDI, des CDD, des missions d’intérim et des contrats en alternance ; plusieurs entreprises forment elles-mêmes les personnes qu’elles recrutent."
            : $"Au programme : {words.Activities}. Les métiers présentés ({words.Jobs}) sont accessibles après un CAP, un bac professionnel ou un BTS, souvent par l’apprentissage.";
        if (sectorCodes.Count > 1)
            text += $" L’événement parle aussi {French.Of(SectorVocabulary.For(sectorCodes[1]).Phrase)}"
                + (sectorCodes.Count > 2 ? $" et {French.Of(SectorVocabulary.For(sectorCodes[2]).Phrase)}." : ".");
        return text;
    }

    private static string Practical(TextContext c, string kind, RegistrationPlan registration, bool online, EditionPlan edition)
    {
        string how;
        if (online)
            how = "L’événement a lieu en ligne : le lien de connexion figure sur cette page. Gratuit"
                + (registration.Mode == RegistrationMode.None ? "." : ", sur inscription.");
        else if (SectorVocabulary.IsSchool(c.AudienceCode) && kind is not ("portes-ouvertes" or "forum" or "exposition"))
            how = "Réservé aux classes accompagnées de leurs enseignants : l’établissement "
                + registration.Mode switch
                {
                    RegistrationMode.Platform => "réserve un créneau sur la plateforme",
                    RegistrationMode.External => "réserve un créneau sur le site de l’organisateur",
                    _ => "prend contact avec l’organisateur",
                }
                + " en indiquant le nombre d’élèves et d’accompagnateurs. Gratuit.";
        else
            how = registration.Mode switch
            {
                RegistrationMode.Platform => "Gratuit, sur inscription : les places sont limitées.",
                RegistrationMode.External => "Gratuit, sur inscription sur le site de l’organisateur.",
                _ => "Entrée libre et gratuite, sans inscription.",
            };
        if (!online && c.Organisation.IsCompany && kind is "visite-entreprise" or "portes-ouvertes")
            how += " Chaussures fermées recommandées ; les équipements de protection sont fournis sur place.";
        var theme = edition.Theme is { } t && t.StartsWith('«') ? $", placée sous le thème {t}" : "";
        return $"{how} Un événement de la Semaine de l’Industrie {edition.Year}{theme}.";
    }
}
