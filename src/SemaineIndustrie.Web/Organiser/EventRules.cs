using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SemaineIndustrie.Data.Editions;
using SemaineIndustrie.Data.Events;

namespace SemaineIndustrie.Web.Organiser;

/// <summary>
/// The form's rules, with the French message shown next to each field. A draft needs only a title and well-formed
/// values; a submission needs everything the committee reads and dates within the edition's window.
/// </summary>
public static partial class EventRules
{
    public const string Prefix = "Input.";

    public static void Validate(EventInput input, ModelStateDictionary state, Edition edition, bool complete, bool communeFound)
    {
        void Error(string field, string message) => state.AddModelError(Prefix + field, message);
        void Length(string field, string? value, int max, string what)
        {
            if (value is { } v && v.Trim().Length > max) Error(field, $"{what} ne doit pas dépasser {max} caractères (actuellement {v.Trim().Length}).");
        }

        if (string.IsNullOrWhiteSpace(input.Title)) Error(nameof(input.Title), "Indiquez le titre de l’événement.");
        Length(nameof(input.Title), input.Title, Event.TitleMaxLength, "Le titre");
        Length(nameof(input.Summary), input.Summary, Event.SummaryMaxLength, "Le résumé");
        Length(nameof(input.Description), input.Description, Event.DescriptionMaxLength, "La description");
        Length(nameof(input.Venue), input.Venue, 200, "Le nom du lieu");
        Length(nameof(input.Address), input.Address, 300, "L’adresse");
        Length(nameof(input.AccessibilityDetails), input.AccessibilityDetails, 1000, "Le détail de l’accessibilité");
        Length(nameof(input.ContactName), input.ContactName, 150, "Le nom du contact");
        if (!string.IsNullOrWhiteSpace(input.Commune) && !communeFound)
            Error(nameof(input.Commune), "Commune introuvable : saisissez son nom ou son code postal, puis choisissez-la dans la liste.");
        if (!IsWebAddress(input.OnlineUrl)) Error(nameof(input.OnlineUrl), "L’adresse doit commencer par https:// (exemple : https://visio.exemple.fr/salle).");
        if (!IsWebAddress(input.RegistrationUrl)) Error(nameof(input.RegistrationUrl), "L’adresse doit commencer par https:// (exemple : https://exemple.fr/inscription).");
        if (!string.IsNullOrWhiteSpace(input.ContactEmail) && !IsEmail(input.ContactEmail))
            Error(nameof(input.ContactEmail), "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr).");
        if (!string.IsNullOrWhiteSpace(input.ContactPhone) && !Phone().IsMatch(input.ContactPhone.Trim()))
            Error(nameof(input.ContactPhone), "Le numéro de téléphone n’est pas valide (exemple : 05 65 12 34 56 ou +33 5 65 12 34 56).");

        for (var i = 0; i < input.Sessions.Count; i++)
        {
            var s = input.Sessions[i];
            var key = $"Sessions[{i}]";
            if (s.Start is { } start && s.End is { } end && end <= start)
                Error($"{key}.End", $"Créneau {i + 1} : l’heure de fin doit être après l’heure de début.");
            if (s.Capacity is <= 0 or > 100_000)
                Error($"{key}.Capacity", $"Créneau {i + 1} : le nombre de places doit être compris entre 1 et 100 000.");
            if (!complete) continue;
            if (s.Day is null) Error($"{key}.Day", $"Créneau {i + 1} : indiquez la date.");
            else if (!edition.IsInWindow(s.Day.Value) && edition.WindowStart is { } from && edition.WindowEnd is { } to)
                Error($"{key}.Day", $"Créneau {i + 1} : la date doit être comprise entre le {FrenchTime.DayMonth(from)} et le {FrenchTime.DayMonth(to)} {to.Year}, période de labellisation de l’édition {edition.Year}.");
            if (s.Start is null) Error($"{key}.Start", $"Créneau {i + 1} : indiquez l’heure de début.");
            if (s.End is null) Error($"{key}.End", $"Créneau {i + 1} : indiquez l’heure de fin.");
            if (input.Registration == RegistrationMode.Platform && s.Capacity is null)
                Error($"{key}.Capacity", $"Créneau {i + 1} : indiquez le nombre de places.");
        }

        if (!complete) return;
        if (string.IsNullOrWhiteSpace(input.Summary)) Error(nameof(input.Summary), "Résumez l’événement en une ou deux phrases.");
        if (string.IsNullOrWhiteSpace(input.KindCode)) Error(nameof(input.KindCode), "Choisissez le type d’événement.");
        if (input.Audiences.Count == 0) Error(nameof(input.Audiences), "Choisissez au moins un public.");
        if (string.IsNullOrWhiteSpace(input.Commune)) Error(nameof(input.Commune), "Indiquez la commune de l’événement.");
        if (input.Sessions.Count == 0) Error(nameof(input.Sessions), "Ajoutez au moins un créneau.");
        if (input.Registration == RegistrationMode.External && string.IsNullOrWhiteSpace(input.RegistrationUrl))
            Error(nameof(input.RegistrationUrl), "Indiquez l’adresse du site où s’inscrire.");
        if (string.IsNullOrWhiteSpace(input.ContactEmail)) Error(nameof(input.ContactEmail), "Indiquez l’adresse électronique du contact.");
    }

    /// <summary>A moved pin must be readable and near the commune; a picture needs its text alternative.</summary>
    public static void ValidatePlaceAndPicture(EventInput input, ModelStateDictionary state, CommunePlace? commune, bool hasPicture)
    {
        if (input.PointMoved && commune?.Point is { } centre)
        {
            if (!EventPoint.TryRead(input.Latitude, input.Longitude, out var point))
                state.AddModelError(Prefix + nameof(input.Latitude), "Indiquez la latitude et la longitude en degrés décimaux, par exemple 44,4475 et 1,4419.");
            else if (centre.DistanceKm(point.Latitude, point.Longitude) is var km && km > EventPoint.MaxKmFromCommune)
                state.AddModelError(Prefix + nameof(input.Latitude),
                    $"Le point est à {km.ToString("0", FrenchTime.Culture)} km de {commune.Name} : placez-le à moins de {EventPoint.MaxKmFromCommune:0} km de la commune de l’événement, ou changez de commune.");
        }
        if (hasPicture && string.IsNullOrWhiteSpace(input.PictureAlt))
            state.AddModelError(Prefix + nameof(input.PictureAlt), "Décrivez l’image en une phrase pour les personnes qui ne la voient pas (exemple : deux apprenties devant une machine à commande numérique).");
        if (input.PictureAlt is { } alt && alt.Trim().Length > EventPicture.AltMaxLength)
            state.AddModelError(Prefix + nameof(input.PictureAlt), $"La description de l’image ne doit pas dépasser {EventPicture.AltMaxLength} caractères (actuellement {alt.Trim().Length}).");
    }

    public static bool IsWebAddress(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && value.Trim().Length <= 500);

    public static bool IsEmail(string value) =>
        value.Length <= 254 && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim() && value.Contains('.');

    [GeneratedRegex(@"^(\+\d{2,3}\s?|0)[1-9]([\s.-]?\d{2}){4}$")]
    private static partial Regex Phone();
}
