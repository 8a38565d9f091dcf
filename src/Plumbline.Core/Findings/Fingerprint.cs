using System.Security.Cryptography;
using System.Text;

namespace Plumbline.Core.Findings;

/// <summary>Stable identities for findings, so a re-audit can tell fixed, new and still-open apart.</summary>
public static class Fingerprint
{
    /// <summary>The lowercase hex SHA-256 of the parts joined by a unit separator.</summary>
    /// <remarks>Parts should be what identifies the problem (check id, path, rule), never volatile
    /// data such as line numbers that shift when unrelated code moves.</remarks>
    public static string Of(params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        return Sha256Hex(joined);
    }

    /// <summary>The lowercase hex SHA-256 of a UTF-8 string.</summary>
    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
