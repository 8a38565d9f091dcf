using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Domain.Spf;

/// <summary>Parses SPF records (RFC 7208 section 4.6 and 12): mechanisms, modifiers, qualifiers, CIDR lengths, macros.</summary>
public static partial class SpfParser
{
    private static readonly HashSet<string> Mechanisms = new(StringComparer.Ordinal) { "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists" };

    /// <summary>Parses the record; never throws, errors are collected.</summary>
    public static SpfRecord Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<string>();
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts[0].Equals("v=spf1", StringComparison.OrdinalIgnoreCase))
        {
            return new SpfRecord(text, [], ["the record does not start with 'v=spf1'"]);
        }

        var terms = new List<SpfTerm>();
        foreach (var part in parts.Skip(1))
        {
            var term = ParseTerm(part, errors);
            if (term is not null)
            {
                terms.Add(term);
            }
        }

        foreach (var name in new[] { "redirect", "exp" })
        {
            if (terms.Count(t => t.IsModifier && t.Name == name) > 1)
            {
                errors.Add($"'{name}=' appears more than once");
            }
        }

        return new SpfRecord(text, terms, errors);
    }

    private static SpfTerm? ParseTerm(string part, List<string> errors)
    {
        var modifier = ModifierPattern().Match(part);
        if (modifier.Success)
        {
            var name = modifier.Groups[1].Value.ToLowerInvariant();
            var value = modifier.Groups[2].Value;
            if (name is "redirect" or "exp")
            {
                CheckDomainSpec(part, value, errors);
            }

            return new SpfTerm(part, name, SpfQualifier.Pass, value, IsModifier: true);
        }

        var qualifier = part[0] switch
        {
            '+' => SpfQualifier.Pass,
            '-' => SpfQualifier.Fail,
            '~' => SpfQualifier.SoftFail,
            '?' => SpfQualifier.Neutral,
            _ => (SpfQualifier?)null,
        };
        var body = qualifier is null ? part : part[1..];
        var separator = body.IndexOfAny([':', '/']);
        var mechanism = (separator < 0 ? body : body[..separator]).ToLowerInvariant();
        var rest = separator < 0 ? string.Empty : body[separator..];
        if (!Mechanisms.Contains(mechanism))
        {
            errors.Add($"'{part}': unknown mechanism '{mechanism}'");
            return null;
        }

        string? argument = null;
        var cidr = string.Empty;
        if (rest.StartsWith(':'))
        {
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            argument = slash < 0 ? rest[1..] : rest[1..slash];
            cidr = slash < 0 ? string.Empty : rest[slash..];
        }
        else
        {
            cidr = rest;
        }

        switch (mechanism)
        {
            case "all":
                if (rest.Length > 0)
                {
                    errors.Add($"'{part}': 'all' takes no argument");
                }

                break;
            case "include" or "exists":
                if (string.IsNullOrEmpty(argument))
                {
                    errors.Add($"'{part}': '{mechanism}' needs a domain, e.g. {mechanism}:_spf.example.com");
                }
                else
                {
                    CheckDomainSpec(part, argument, errors);
                }

                if (cidr.Length > 0)
                {
                    errors.Add($"'{part}': '{mechanism}' takes no CIDR length");
                }

                break;
            case "a" or "mx":
                if (argument is not null)
                {
                    CheckDomainSpec(part, argument, errors);
                }

                CheckDualCidr(part, cidr, errors);
                break;
            case "ptr":
                if (argument is not null)
                {
                    CheckDomainSpec(part, argument, errors);
                }

                break;
            case "ip4" or "ip6":
                CheckAddress(part, mechanism, argument, cidr, errors);
                break;
        }

        return new SpfTerm(part, mechanism, qualifier ?? SpfQualifier.Pass, argument, IsModifier: false);
    }

    private static void CheckAddress(string part, string mechanism, string? argument, string cidr, List<string> errors)
    {
        var family = mechanism == "ip4" ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
        if (string.IsNullOrEmpty(argument) || !IPAddress.TryParse(argument, out var address) || address.AddressFamily != family
            || (family == AddressFamily.InterNetwork && argument.Count(c => c == '.') != 3))
        {
            errors.Add($"'{part}': '{argument}' is not an {(mechanism == "ip4" ? "IPv4" : "IPv6")} address");
            return;
        }

        if (cidr.Length > 0)
        {
            var max = family == AddressFamily.InterNetwork ? 32 : 128;
            if (!int.TryParse(cidr.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > max)
            {
                errors.Add($"'{part}': '{cidr}' is not a valid prefix length (0-{max})");
            }
        }
    }

    private static void CheckDualCidr(string part, string cidr, List<string> errors)
    {
        if (cidr.Length > 0 && !DualCidrPattern().IsMatch(cidr))
        {
            errors.Add($"'{part}': '{cidr}' is not a valid prefix length (/0-32 and //0-128)");
        }
    }

    private static void CheckDomainSpec(string part, string spec, List<string> errors)
    {
        // Macros (%{d}, %{i}, ...) are expanded by receivers; check their syntax, and the literal labels.
        var withoutMacros = MacroPattern().Replace(spec, "x");
        if (withoutMacros.Contains('%', StringComparison.Ordinal))
        {
            errors.Add($"'{part}': bad macro in '{spec}'");
            return;
        }

        var name = withoutMacros.TrimEnd('.');
        if (name.Length == 0 || name.Length > 253 || name.Split('.').Any(l => l.Length == 0 || l.Length > 63) || !name.Contains('.', StringComparison.Ordinal))
        {
            errors.Add($"'{part}': '{spec}' is not a valid domain name");
        }
    }

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9\-_\.]*)=(.*)$")]
    private static partial Regex ModifierPattern();

    [GeneratedRegex(@"^(/([0-9]|[12][0-9]|3[0-2]))?(//([0-9]|[1-9][0-9]|1[01][0-9]|12[0-8]))?$")]
    private static partial Regex DualCidrPattern();

    // Upper-case macro letters are valid: they ask for the URL-escaped expansion (RFC 7208 section 7.3).
    [GeneratedRegex(@"%\{[slodiphcrtvSLODIPHCRTV][0-9]*[rR]?[.\-+,/_=]*\}|%%|%_|%-")]
    private static partial Regex MacroPattern();
}
