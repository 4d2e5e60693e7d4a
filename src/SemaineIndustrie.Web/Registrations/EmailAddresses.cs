using System.Text.RegularExpressions;
using MimeKit;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>Addresses the platform will write to: a name, an @ and a domain with its extension (nom@domaine.fr).</summary>
public static partial class EmailAddresses
{
    public static bool IsDeliverable(string? value)
    {
        var address = value?.Trim() ?? "";
        return address.Length <= 254 && Shape().IsMatch(address) && MailboxAddress.TryParse(address, out _);
    }

    // One @, no spaces; a domain of dotted labels ending with an extension of two letters at least.
    [GeneratedRegex(@"^[^@\s]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$")]
    private static partial Regex Shape();
}

/// <summary>A phone number as people type it: digits, spaces, dots, dashes, brackets and a leading +.</summary>
public static partial class PhoneNumbers
{
    public static bool IsPlausible(string value)
    {
        var phone = value.Trim();
        return phone.Length <= Data.Registrations.Registration.PhoneMaxLength && Shape().IsMatch(phone) && phone.Count(char.IsDigit) is >= 6 and <= 15;
    }

    [GeneratedRegex(@"^\+?[0-9 .()\-]+$")]
    private static partial Regex Shape();
}
