using Plumbline.Core.Findings;

namespace Plumbline.Checks.Secrets;

/// <summary>The only two things Plumbline ever derives from a secret value: a masked preview and a fingerprint.</summary>
public static class SecretText
{
    /// <summary>The masked preview: at most the first four characters (fewer for short values), then <c>****</c>.</summary>
    public static string Mask(string secret)
    {
        // A quarter of the value at most, so an 8-character password shows 2 characters, a token its prefix.
        var shown = Math.Min(4, secret.Length / 4);
        return string.Concat(secret.AsSpan(0, shown), "****");
    }

    /// <summary>The content-based fingerprint: lowercase hex SHA-256 of the rule id and the value joined by U+001F.</summary>
    /// <remarks>It depends on nothing but the rule and the value, so it survives moves, renames and
    /// reformatting; the ignore file lists these.</remarks>
    public static string FingerprintOf(string ruleId, string secret) => Fingerprint.Of(ruleId, secret);
}
