using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Data.Labelling;

/// <summary>The French words people read for states and decisions.</summary>
public static class StatusLabels
{
    public static string Of(EventStatus status) => status switch
    {
        EventStatus.Draft => "brouillon",
        EventStatus.Submitted => "en attente de labellisation",
        EventStatus.ChangesRequested => "à modifier",
        EventStatus.Labelled => "labellisé",
        EventStatus.Refused => "refusé",
        EventStatus.Withdrawn => "retiré",
        EventStatus.Cancelled => "annulé",
        _ => status.ToString(),
    };

    public static string Of(DecisionKind kind) => kind switch
    {
        DecisionKind.Submitted => "soumis au comité",
        DecisionKind.Resubmitted => "soumis à nouveau après modification",
        DecisionKind.Labelled => "labellisé",
        DecisionKind.ChangesRequested => "modifications demandées",
        DecisionKind.Refused => "refusé",
        DecisionKind.Withdrawn => "retiré par l’organisateur",
        DecisionKind.Cancelled => "annulé",
        DecisionKind.BackToReview => "renvoyé au comité après modification",
        DecisionKind.Featured => "choisi comme temps fort",
        DecisionKind.Unfeatured => "retiré des temps forts",
        _ => kind.ToString(),
    };

    /// <summary>The DSFR badge colour of a state.</summary>
    public static string Badge(EventStatus status) => status switch
    {
        EventStatus.Labelled => "fr-badge--success",
        EventStatus.Submitted => "fr-badge--info",
        EventStatus.ChangesRequested => "fr-badge--warning",
        EventStatus.Refused or EventStatus.Cancelled => "fr-badge--error",
        _ => "",
    };
}
