using System.Globalization;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Vulnerabilities;

/// <summary>The <c>vulnerabilities:</c> section of <c>plumbline.yml</c>.</summary>
/// <param name="DataFolder">The data folder holding the index; null for the default (PLUMB_DATA, else the user's data folder).</param>
/// <param name="MaxAgeDays">A database imported longer ago than this is stale.</param>
/// <param name="Ignores">Advisories the team decided to accept, each with a reason and usually an expiry.</param>
public sealed record VulnerabilitiesConfig(string? DataFolder, int MaxAgeDays, IReadOnlyList<VulnerabilityIgnore> Ignores)
{
    public const int DefaultMaxAgeDays = 7;

    public static VulnerabilitiesConfig Default { get; } = new(null, DefaultMaxAgeDays, []);

    /// <summary>The fields of the <c>vulnerabilities</c> section.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["data", "max-age-days", "ignore"];
    private static readonly string[] IgnoreKeys = ["id", "package", "reason", "expires"];

    /// <summary>Reads the section; errors point at the line in <paramref name="source"/>.</summary>
    public static ParseResult<VulnerabilitiesConfig> Read(YamlMappingNode? section, string source)
    {
        if (section is null)
        {
            return ParseResult<VulnerabilitiesConfig>.Ok(Default);
        }

        var errors = new List<InputError>();
        void Error(YamlNode node, string message) => errors.Add(new InputError(source, message, (int)node.Start.Line, (int)node.Start.Column));

        foreach (var (key, keyNode, _) in YamlInput.Entries(section))
        {
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                Error(keyNode, $"unknown field '{key}' in 'vulnerabilities' (known fields: {string.Join(", ", Keys)})");
            }
        }

        string? data = null;
        if (YamlInput.Get(section, "data") is { } dataNode)
        {
            if (dataNode is YamlScalarNode { Value: { Length: > 0 } d }) data = d;
            else Error(dataNode, "'data' in 'vulnerabilities' must be a folder path");
        }

        var maxAge = DefaultMaxAgeDays;
        if (YamlInput.Get(section, "max-age-days") is { } ageNode)
        {
            if (ageNode is YamlScalarNode { Value: { } a } && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 1)
            {
                maxAge = days;
            }
            else
            {
                Error(ageNode, "'max-age-days' in 'vulnerabilities' must be a whole number of days, 1 or more");
            }
        }

        var ignores = new List<VulnerabilityIgnore>();
        switch (YamlInput.Get(section, "ignore"))
        {
            case null:
                break;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    if (ReadIgnore(item, Error) is { } ignore) ignores.Add(ignore);
                }

                break;
            case var other:
                Error(other, "'ignore' in 'vulnerabilities' must be a list of entries with id, reason and expires");
                break;
        }

        return errors.Count == 0
            ? ParseResult<VulnerabilitiesConfig>.Ok(new VulnerabilitiesConfig(data, maxAge, ignores))
            : ParseResult<VulnerabilitiesConfig>.Fail(errors);
    }

    private static VulnerabilityIgnore? ReadIgnore(YamlNode item, Action<YamlNode, string> error)
    {
        if (item is not YamlMappingNode map)
        {
            error(item, "each 'ignore' entry must be a mapping with id, reason and expires");
            return null;
        }

        foreach (var (key, keyNode, _) in YamlInput.Entries(map))
        {
            if (!IgnoreKeys.Contains(key, StringComparer.Ordinal))
            {
                error(keyNode, $"unknown field '{key}' in an 'ignore' entry (known fields: {string.Join(", ", IgnoreKeys)})");
            }
        }

        string? Text(string key) => (YamlInput.Get(map, key) as YamlScalarNode)?.Value is { Length: > 0 } v ? v.Trim() : null;
        var id = Text("id");
        var reason = Text("reason");
        if (id is null) error(map, "an 'ignore' entry needs 'id' (the advisory id or an alias such as a CVE)");
        if (reason is null) error(map, $"the ignore of '{id ?? "?"}' needs a 'reason' saying why it is acceptable");
        DateOnly? expires = null;
        if (YamlInput.Get(map, "expires") is { } expNode)
        {
            if (expNode is YamlScalarNode { Value: { } e } && DateOnly.TryParseExact(e.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                expires = date;
            }
            else
            {
                error(expNode, $"'expires' of the ignore of '{id ?? "?"}' must be a date like 2026-01-31");
            }
        }

        return id is null || reason is null ? null : new VulnerabilityIgnore(id, Text("package"), reason, expires);
    }
}

/// <summary>An accepted advisory: its id or alias, optionally only for one package, why, and until when.</summary>
public sealed record VulnerabilityIgnore(string Id, string? Package, string Reason, DateOnly? Expires)
{
    /// <summary>True when the ignore still applies on this day (it applies through its expiry date).</summary>
    public bool ActiveOn(DateOnly today) => Expires is not { } e || today <= e;

    /// <summary>True when this ignore is about the advisory (by id or alias) and, when it names one, the package.</summary>
    public bool Covers(Osv.Advisory advisory, string packageName) =>
        (string.Equals(advisory.Id, Id, StringComparison.OrdinalIgnoreCase) || advisory.Aliases.Any(a => string.Equals(a, Id, StringComparison.OrdinalIgnoreCase)))
        && (Package is null || string.Equals(Package, packageName, StringComparison.OrdinalIgnoreCase));
}
