using System.Text.RegularExpressions;

namespace Plumbline.Checks.Secrets;

/// <summary>Values that look like secrets but are not: placeholders, documented example keys,
/// test-only values, hashes, UUIDs and code. Keeping these quiet is what makes a secret scan usable.</summary>
public static partial class Decoys
{
    // Placeholders people write where a real value will go; checked for every rule.
    private static readonly string[] Placeholders =
    [
        "example", "changeme", "change_me", "change-me", "changeit", "placeholder", "your_", "your-", "yourkey", "yoursecret",
        "xxxx", "****", "####", "....", "redacted", "dummy", "sample", "insert", "replace_", "replace-", "replaceme", "${", "{{", "%(", "<", ">",
    ];

    // Keys published in providers' documentation and in widely copied tutorials.
    private static readonly string[] DocumentedExamples =
    [
        // The jwt.io sample token's payload ({"sub":"1234567890","name":"John Doe","iat":1516239022}).
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ",
        // The Azure storage emulator's well-known account key (published in Microsoft's docs).
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        // OAuth 2.0 (RFC 6749) and OAuth 1.0 (RFC 5849) example tokens, copied into many libraries' docs.
        "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA", "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "SplxlOBeZQQYbYS6WxSbIA",
        "hh5s93j4hdidpola", "hdk48Djdsa", "kd94hf93k423kf44", "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00",
        // Stripe's public documentation test key.
        "4eC39HqLyjWDarjtT1zdp7dc",
    ];

    // Only for generic rules: words that mark a value as test-only or obviously not real.
    private static readonly string[] TestMarkers =
    [
        "test", "fake", "mock", "fixture", "foobar", "notreal", "not-real", "not_real", "password", "secret", "token", "local", "demo",
    ];

    // Names that hold something about a secret, or a token meant to be public: anti-forgery tokens are sent to every
    // browser in the page (Rails' authenticity_token, ASP.NET's __RequestVerificationToken).
    private static readonly string[] DecoyNameParts = ["public", "csrf", "xsrf", "authenticity", "requestverification", "antiforgery", "_name", "secretname", "tokenname", "keyname", "placeholder"];

    private static readonly string[] DecoyNameSuffixes =
    [
        "id", "name", "file", "path", "dir", "url", "uri", "endpoint", "type", "length", "len", "size", "count", "ttl", "expiry", "expires", "expiration",
        "_at", "hint", "label", "policy", "field", "header", "param", "prefix", "hash", "ref", "arn", "version", "enabled", "required", "regex", "pattern",
    ];

    /// <summary>True when any rule should stay quiet on the value: placeholders, repeats, documented examples.</summary>
    public static bool IsPlaceholder(string value)
    {
        foreach (var p in Placeholders)
        {
            if (value.Contains(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var d in DocumentedExamples)
        {
            if (value.Contains(d, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "aaaaaaaa", "12121212", "0000-0000": too few distinct characters to be a key; "sntryu_aaaaaaaa…",
        // "xoxp-1234567890-…", "…klmnopqrst…": a filler behind a real prefix (a quarter of the value one repeated
        // character, or 7 consecutive characters). Real formats can hold a run (X bearer tokens start with 21 'A's),
        // never that much of one. A value cut short with ".." or "..." is a quote of a key, not the key.
        var run = LongestRun(value);
        return (value.Length >= 6 && value.Distinct().Count() <= 3) || (run >= 8 && run * 4 >= value.Length) || LongestAscending(value) >= 7
            || value.EndsWith("..", StringComparison.Ordinal);
    }

    /// <summary>True when a password rule should stay quiet: placeholders are checked already; here references,
    /// code, paths, test markers, single short words and bare numbers (ports, counts, booleans' cousins).</summary>
    public static bool IsPasswordDecoy(string value)
    {
        if (value.Length < 6 || HasTestMarker(value) || value.All(char.IsAsciiDigit))
        {
            return true;
        }

        // "required", "hidden", "sensitive", "none": a word, not a password; a 16-letter app password is kept.
        if (value.Length < 12 && value.All(char.IsAsciiLetter))
        {
            return true;
        }

        return CodeLike().IsMatch(value) || PathLike().IsMatch(value) || value.StartsWith('$') || value.StartsWith('%') || value.StartsWith('!');
    }

    /// <summary>True when the name a value is assigned to only looks secret: public or anti-forgery tokens,
    /// and names of the secret (its id, name, file, path, URL, type, length) rather than the secret.</summary>
    public static bool IsDecoyName(string name)
    {
        var n = name.ToLowerInvariant().TrimEnd('\'', '"');
        foreach (var part in DecoyNameParts)
        {
            if (n.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var suffix in DecoyNameSuffixes)
        {
            if (n.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a generic (no-prefix) rule should stay quiet: test-only values, hashes, UUIDs, code and paths.</summary>
    public static bool IsGenericDecoy(string value)
    {
        if (HasTestMarker(value))
        {
            return true;
        }

        // A secret someone typed or generated mixes letters and digits; identifiers and words do not.
        var hasDigit = value.Any(char.IsAsciiDigit);
        var hasLetter = value.Any(char.IsAsciiLetter);
        if (!hasDigit || !hasLetter)
        {
            return true;
        }

        return Uuid().IsMatch(value) || Hash().IsMatch(value) || CodeLike().IsMatch(value) || PathLike().IsMatch(value);
    }

    /// <summary>A test marker that starts a word of the value ("test_…", "…-demo-…", "myFakeKey"): one that only
    /// occurs inside random characters ("q8Xtestk…") is chance, and the secret part is what is judged.</summary>
    private static bool HasTestMarker(string value)
    {
        foreach (var m in TestMarkers)
        {
            for (var i = value.IndexOf(m, StringComparison.OrdinalIgnoreCase); i >= 0; i = value.IndexOf(m, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (i == 0 || !char.IsAsciiLetterOrDigit(value[i - 1]) || (char.IsAsciiLetterLower(value[i - 1]) && char.IsAsciiLetterUpper(value[i])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The longest run of consecutive characters ("1234567", "klmnopq"): what a person types as filler.</summary>
    private static int LongestAscending(string value)
    {
        var longest = 1;
        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = char.IsAsciiLetterOrDigit(value[i]) && char.ToLowerInvariant(value[i]) == char.ToLowerInvariant(value[i - 1]) + 1 ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static int LongestRun(string value)
    {
        var longest = 0;
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            run = i > 0 && value[i] == value[i - 1] ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();

    // MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512 in hex; also "sha256:..." and "sha512-..." integrity strings.
    [GeneratedRegex("^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64}|sha(?:1|256|384|512)[:-].+)$")]
    private static partial Regex Hash();

    // config.db.password, os.environ, ENV_VAR_NAME2, self.token_2, $VAR, %VAR%, a.b(c), standard_b64encode
    [GeneratedRegex(@"^(?:\$\w+|%\w+%|[A-Z][A-Z0-9_]+|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+(?:\(.*)?|[A-Za-z_]\w*\(.*)$")]
    private static partial Regex CodeLike();

    [GeneratedRegex(@"^(?:\.{0,2}/|[A-Za-z]:\\|~/).*|.*\.(?:pem|key|crt|cer|json|ya?ml|txt|env|p12|pfx|jks)$", RegexOptions.IgnoreCase)]
    private static partial Regex PathLike();
}
