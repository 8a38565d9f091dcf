using System.Text.RegularExpressions;

namespace Plumbline.Checks.Site;

/// <summary>Turns what the operator typed (<c>example.com</c>, <c>http://127.0.0.1:18080/shop</c>) into the URL to check,
/// keeping the scheme and port they gave.</summary>
public static partial class SiteTarget
{
    /// <summary>The URL (https assumed when no scheme is given), or an error naming what is wrong with the input.
    /// A password in the input is never repeated in the error.</summary>
    public static (Uri? Url, string? Error) Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim();
        if (text.Length == 0)
        {
            return (null, "the URL is empty");
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        var shown = Redact(input);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return (null, $"'{shown}' is not an http(s) URL such as https://example.com");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return (null, $"'{shown}' contains a user name or password; leave credentials out of the URL");
        }

        return (uri, null);
    }

    /// <summary>The input with any password after <c>user:</c> replaced by <c>***</c>, for messages.</summary>
    public static string Redact(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return UserInfoPassword().Replace(input, "$1***@");
    }

    // scheme://user:password@ (the password may hold anything but '/', '@' stops at the last one before the host).
    [GeneratedRegex(@"^(\s*(?:[A-Za-z][A-Za-z0-9+.\-]*://)?[^/@:]*:)[^/]*@")]
    private static partial Regex UserInfoPassword();
}
