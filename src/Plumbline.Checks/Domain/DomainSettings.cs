using Plumbline.Checks.Audit;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Domain;

/// <summary>The <c>domain:</c> section of plumbline.yml: <c>dkim-selectors</c> and <c>dns-server</c>.</summary>
/// <param name="DkimSelectors">Selectors to probe besides the common ones.</param>
/// <param name="DnsServer">The DNS server to ask, as HOST[:PORT].</param>
public sealed record DomainSettings(IReadOnlyList<string> DkimSelectors, string? DnsServer)
{
    /// <summary>No settings.</summary>
    public static DomainSettings None { get; } = new([], null);

    /// <summary>The fields of the <c>domain</c> section.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["dkim-selectors", "dns-server"];

    /// <summary>Reads the section, with errors pointing at the line in the configuration file.</summary>
    public static ParseResult<DomainSettings> Read(AuditConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!config.Sections.TryGetValue("domain", out var section))
        {
            return ParseResult<DomainSettings>.Ok(None);
        }

        // A reader that reports against the configuration file; the section's nodes keep their positions.
        var (input, _) = YamlInput.Parse("{}", config.Source).Value;
        input.OnlyKeys(section, "'domain'", [.. Keys]);
        var selectors = input.StringList(section, "dkim-selectors", "'domain'");
        foreach (var s in selectors.Where(s => !IsSelector(s)))
        {
            input.Error(YamlInput.Get(section, "dkim-selectors"), $"'{s}' is not a DKIM selector (letters, digits, '-', '_' and '.')");
        }

        var server = input.String(section, "dns-server", "'domain'");
        if (server is not null && DnsServerAddress.Parse(server).Error is { } error)
        {
            input.Error(YamlInput.Get(section, "dns-server"), $"dns-server: {error}");
        }

        return input.Ok ? ParseResult<DomainSettings>.Ok(new DomainSettings(selectors, server)) : ParseResult<DomainSettings>.Fail(input.Errors);
    }

    /// <summary>True for a plausible selector: DNS labels of letters, digits, '-' and '_'.</summary>
    public static bool IsSelector(string s) =>
        s.Length is > 0 and <= 63 * 3 && s.Split('.').All(l => l.Length is > 0 and <= 63 && l.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
}
