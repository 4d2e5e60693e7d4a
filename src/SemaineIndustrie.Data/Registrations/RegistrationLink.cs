namespace SemaineIndustrie.Data.Registrations;

/// <summary>
/// A registrant's private link (<c>/inscriptions/{token}</c>) to see or cancel the registration. The token is random and
/// only its SHA-256 is stored; every mail that carries a link gets a new one, so that none of them stops working.
/// </summary>
public class RegistrationLink
{
    public int Id { get; set; }
    public int RegistrationId { get; set; }
    public Registration? Registration { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}
