using System.Globalization;

namespace Plumbline.Checks.Domain;

/// <summary>Validates and normalises the domain the operator typed.</summary>
public static class DomainName
{
    /// <summary>The domain as lowercase ASCII (punycode for international names) without a trailing dot, or an error.</summary>
    public static (string? Domain, string? Error) Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim().TrimEnd('.');
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal))
        {
            return (null, $"'{input}' is a URL; give the bare domain, e.g. example.com (use 'plumb check site' for URLs)");
        }

        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(text).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return (null, $"'{input}' is not a valid domain name (e.g. example.com)");
        }

        var labels = ascii.Split('.');
        if (ascii.Length > 253 || labels.Length < 2 || labels.Any(l => !IsLabel(l)) || labels[^1].All(char.IsAsciiDigit))
        {
            return (null, $"'{input}' is not a valid domain name (e.g. example.com)");
        }

        return (ascii, null);
    }

    private static bool IsLabel(string label) =>
        label.Length is >= 1 and <= 63
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
        && label[0] != '-' && label[^1] != '-';
}
