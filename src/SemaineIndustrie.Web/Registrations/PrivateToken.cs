using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SemaineIndustrie.Web.Registrations;

/// <summary>
/// The secret of a registrant's private link (<c>/inscriptions/{token}</c>): 256 random bits, of which only the SHA-256
/// is stored, so that a copy of the database opens no registration.
/// </summary>
public static class PrivateToken
{
    public static (string Token, string Hash) New()
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
