namespace SemaineIndustrie.Web.Statistics;

/// <summary>The figures of the statistics pages, in their order: the public ones, then those only agents see.</summary>
public static class Figures
{
    public static IReadOnlyList<Figure> Public(EditionFigures f) =>
    [
        Summary(f),
        Of("types", "Événements labellisés par type", "bar", "Type", f.Kinds),
        Of("filieres", "Événements labellisés par filière", "bar", "Filière", f.Sectors, "Un événement peut concerner plusieurs filières."),
        Of("publics", "Événements labellisés par public visé", "bar", "Public", f.Audiences, "Un événement peut viser plusieurs publics."),
        Of("themes", "Événements labellisés par thème", "bar", "Thème", f.Themes, "Un événement peut mettre en avant plusieurs thèmes."),
        Of("departements", "Événements labellisés par département", "none", "Département", f.Departments),
        Registrations(f.Registrations),
        Of("frequentation", "Fréquentation déclarée par les organisateurs, par public", "doughnut", "Public", f.Attendance, "Personnes accueillies, telles que les organisateurs les déclarent après leur événement.", "Personnes"),
        Years(f),
    ];

    public static IReadOnlyList<Figure> ForAgents(EditionFigures f) =>
    [
        .. Public(f).Take(1),
        Of("etats", "Événements par état", "bar", "État", f.States, "Les brouillons et les événements non labellisés ne sont visibles que des agents."),
        Of("depots", "Dépôts par semaine avant la Semaine", "line", "Semaine", f.SubmissionsByWeek, "Premières soumissions au comité, comptées par semaine avant le début de la Semaine.", "Dépôts"),
        Delays(f.Delays),
        .. Public(f).Skip(1),
    ];

    private static Figure Of(string id, string title, string chart, string header, IReadOnlyList<Count> counts, string? note = null, string series = "Événements") =>
        new(id, title, chart, header, [series], counts.Select(c => new FigureRow(c.Label, [c.Value])).ToList(), note);

    private static Figure Summary(EditionFigures f) => new("chiffres-cles", "Chiffres clés", "none", "Indicateur", ["Valeur"],
    [
        new("Événements labellisés", [f.Labelled]),
        new("Départements ayant au moins un événement", [f.Departments.Count(d => d.Value > 0)]),
        new("Places offertes à l’inscription sur la plateforme", [f.Registrations.PlacesOffered]),
        new("Places réservées", [f.Registrations.ConfirmedPlaces]),
        new("Personnes accueillies (déclarées)", [f.AttendanceTotal]),
    ]);

    private static Figure Registrations(RegistrationFigures r) => new("inscriptions", "Inscriptions et places", "none", "Indicateur", ["Nombre"],
    [
        new("Créneaux ouverts à l’inscription sur la plateforme", [r.PlatformSessions]),
        new("Places offertes", [r.PlacesOffered]),
        new("Places réservées", [r.PlacesTaken]),
        new("Inscriptions confirmées", [r.Confirmed]),
        new("dont groupes (classes…)", [r.Groups]),
        new("Élèves inscrits avec leur classe", [r.Pupils]),
        new("Inscriptions en liste d’attente", [r.Waitlisted]),
        new("Places demandées en liste d’attente", [r.WaitlistedPlaces]),
        new("Inscriptions annulées", [r.Cancelled]),
    ], "Inscriptions aux créneaux des événements labellisés qui prennent les inscriptions sur la plateforme.");

    private static Figure Delays(DelayFigures d) => new("delais", "Délais de labellisation", "none", "Indicateur", ["Valeur"],
    [
        new("Événements labellisés mesurés", [d.Measured]),
        new("Délai médian entre la soumission et le label (jours)", [d.MedianDays is { } m ? (int)Math.Round(m, MidpointRounding.AwayFromZero) : null]),
        new("Labellisés dans le délai (4 jours ouvrés)", [d.LabelledOnTime]),
        new("Labellisés en retard", [d.LabelledLate]),
        new("En attente, délai dépassé aujourd’hui", [d.PendingLate]),
    ], "Le délai court de la dernière soumission au label, en jours calendaires.");

    private static Figure Years(EditionFigures f) => new("editions", "Comparaison avec les éditions précédentes", "line", "Édition",
        f.Territory.IsNational
            ? ["Événements (chiffres publiés)", "Participants (chiffres publiés)", "Événements labellisés sur la plateforme", "Personnes accueillies (déclarées)"]
            : ["Événements labellisés sur la plateforme", "Personnes accueillies (déclarées)"],
        f.Years.Select(y => new FigureRow(y.Year.ToString(FrenchTime.Culture), f.Territory.IsNational
            ? [y.PublishedEvents, y.PublishedParticipants, y.LabelledOnPlatform, y.ReportedAttendance]
            : [y.LabelledOnPlatform, y.ReportedAttendance])).ToList(),
        f.Territory.IsNational
            ? "Les chiffres publiés sont ceux que l’État a annoncés pour chaque édition (2011 à 2025) ; un tiret signale un chiffre non publié."
            : "Les chiffres publiés par l’État sont nationaux : seuls ceux de la plateforme sont donnés pour un territoire.");
}
