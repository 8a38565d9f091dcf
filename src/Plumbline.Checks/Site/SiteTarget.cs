namespace Plumbline.Checks.Site;

/// <summary>Turns what the operator typed (<c>example.com</c>, <c>http://example.com/shop</c>) into the HTTPS URL to check.</summary>
public static class SiteTarget
{
    /// <summary>The HTTPS URL, or an error naming what is wrong with the input.</summary>
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

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return (null, $"'{input}' is not an http(s) URL such as https://example.com");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return (null, $"'{input}' contains a user name or password; leave credentials out of the URL");
        }

        if (uri.Scheme == "http")
        {
            // The HTTPS side is what is graded; the HTTP side is probed separately for its redirect.
            uri = new UriBuilder(uri) { Scheme = "https", Port = uri.IsDefaultPort ? -1 : uri.Port }.Uri;
        }

        return (uri, null);
    }
}
