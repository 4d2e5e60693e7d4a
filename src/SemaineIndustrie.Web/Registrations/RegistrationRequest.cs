using SemaineIndustrie.Data.Registrations;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// What a person asks for, from the site's form or a partner's JSON: the same fields, checked by the same rules,
/// with errors keyed by the API's field names (<c>name</c>, <c>email</c>, <c>places</c>, <c>pupils</c>...).
/// </summary>
public sealed record RegistrationRequest(
    RegistrationKind Kind, string? Name, string? Email, string? Phone, int? Places,
    string? Establishment = null, string? Uai = null, string? Level = null, int? Pupils = null, int? Adults = null)
{
    /// <summary>Places the request takes: the people of a group, or the places a person books.</summary>
    public int PlacesTaken => Kind == RegistrationKind.Group ? (Pupils ?? 0) + (Adults ?? 0) : Places ?? 0;

    public string EmailKey => Registration.KeyOf(Email ?? "");

    /// <summary>The request's errors in French; empty when it can be registered.</summary>
    /// <param name="maxPlacesForPerson">The most places one person may book on the session.</param>
    /// <param name="capacity">The session's capacity, the most people a group may bring.</param>
    public Dictionary<string, string[]> Validate(int maxPlacesForPerson, int capacity)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }
        var group = Kind == RegistrationKind.Group;

        if (string.IsNullOrWhiteSpace(Name))
            Add("name", group ? "Indiquez le nom de la personne à contacter." : "Indiquez votre nom et votre prénom.");
        else if (Name.Trim().Length > Registration.NameMaxLength)
            Add("name", $"Le nom ne doit pas dépasser {Registration.NameMaxLength} caractères.");

        if (string.IsNullOrWhiteSpace(Email))
            Add("email", "Indiquez une adresse électronique : la confirmation et le lien pour annuler y sont envoyés.");
        else if (!EmailAddresses.IsDeliverable(Email))
            Add("email", "L’adresse électronique n’est pas valide (exemple : nom@domaine.fr).");

        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumbers.IsPlausible(Phone))
            Add("phone", "Le numéro de téléphone n’est pas valide (exemple : 06 12 34 56 78).");

        if (group)
            ValidateGroup(capacity, Add);
        else if (Places is not { } places)
            Add("places", "Indiquez le nombre de places.");
        else if (places < 1)
            Add("places", "Réservez au moins une place.");
        else if (places > maxPlacesForPerson)
            Add("places", $"Une inscription compte au plus {Plural(maxPlacesForPerson, "place")} pour ce créneau. Un groupe (une classe…) s’inscrit comme groupe.");

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private void ValidateGroup(int capacity, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(Establishment))
            add("establishment", "Indiquez l’établissement ou la structure du groupe.");
        else if (Establishment.Trim().Length > Registration.EstablishmentMaxLength)
            add("establishment", $"Le nom de l’établissement ne doit pas dépasser {Registration.EstablishmentMaxLength} caractères.");
        if (!string.IsNullOrWhiteSpace(Uai) && Data.Registrations.Uai.Normalise(Uai) is null)
            add("uai", "Le code UAI n’est pas valide : 7 chiffres puis une lettre, comme 0750655E. Laissez le champ vide si vous ne le connaissez pas.");
        if (Level is { Length: > Registration.LevelMaxLength })
            add("level", $"Le niveau ne doit pas dépasser {Registration.LevelMaxLength} caractères.");

        if (Pupils is null) add("pupils", "Indiquez le nombre d’élèves ou de participants (0 s’il n’y en a pas).");
        else if (Pupils < 0) add("pupils", "Le nombre d’élèves ne peut pas être négatif.");
        if (Adults < 0) add("adults", "Le nombre d’accompagnateurs ne peut pas être négatif.");
        if (Pupils is null || Pupils < 0 || Adults < 0) return;

        var people = PlacesTaken;
        if (people < 1)
            add("pupils", "Un groupe compte au moins une personne.");
        else if (people > capacity)
            add("pupils", $"Le groupe compte {Plural(people, "personne")} : ce créneau en accueille {capacity} au plus. Contactez l’organisateur pour un grand groupe.");
    }

    /// <summary>« 0 élève », « 1 place », « 24 élèves »: French keeps the singular below two.</summary>
    public static string Plural(int n, string word) => n < 2 ? $"{n} {word}" : $"{n} {word}s";
}
