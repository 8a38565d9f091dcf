using Plumbline.Checks.Registry;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Audit;

/// <summary>Reads <c>plumbline.yml</c> (docs/config.md).</summary>
public static class AuditConfigReader
{
    /// <summary>Top-level keys that belong to an area; each area validates its own section.</summary>
    public static IReadOnlyList<string> AreaSections { get; } = ["secrets", "history", "vulnerabilities", "repo", "domain", "site", "verdict"];

    private static readonly string[] CommonKeys = ["exclude", "disable", "recommendations"];

    /// <summary>The fields each area's section may have. A misspelt field would silently do nothing, so it stops the
    /// run here with exit 2, whichever stages run; the areas still validate the values when they read them.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> SectionKeys = new(StringComparer.Ordinal)
    {
        ["secrets"] = Secrets.SecretsSettings.Keys,
        ["history"] = History.HistorySettingsReader.Keys,
        ["vulnerabilities"] = Vulnerabilities.VulnerabilitiesConfig.Keys,
        ["repo"] = Repo.RepoSettings.Keys,
        ["domain"] = Domain.DomainSettings.Keys,
        ["site"] = [],
    };

    /// <summary>Reads the configuration text; re-ratings must name recommendations of <paramref name="catalog"/>.</summary>
    public static ParseResult<AuditConfig> Read(string yaml, string source, RecommendationCatalog catalog)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<AuditConfig>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var top = input.Mapping(root, "the configuration");
        if (top is null)
        {
            return ParseResult<AuditConfig>.Fail(input.Errors);
        }

        input.OnlyKeys(top, "the configuration", [.. CommonKeys, .. AreaSections]);
        var exclude = input.StringList(top, "exclude", "the configuration");
        var disabled = input.StringList(top, "disable", "the configuration").ToHashSet(StringComparer.Ordinal);
        // A misspelt id would silently disable nothing; template rules (assess/...) may come from the user's own templates.
        foreach (var id in disabled.Where(id => !id.StartsWith("assess/", StringComparison.Ordinal) && CheckRegistry.Find(id) is null).Order(StringComparer.Ordinal))
        {
            input.Error(YamlInput.Get(top, "disable"), $"'disable' names '{id}', which is not a check (the ids are listed in docs/checks.md)");
        }

        var ratings = new Dictionary<string, Rating>(StringComparer.Ordinal);
        if (input.Mapping(YamlInput.Get(top, "recommendations"), "'recommendations'") is { } recs)
        {
            foreach (var (id, keyNode, value) in YamlInput.Entries(recs))
            {
                if (catalog.Find(id) is null)
                {
                    input.Error(keyNode, $"'recommendations' names '{id}', which is not in the catalog (see 'plumb catalog')");
                    continue;
                }

                if (input.Mapping(value, $"recommendation '{id}'") is not { } map)
                {
                    continue;
                }

                input.OnlyKeys(map, $"recommendation '{id}'", "impact", "effort");
                Impact? impact = null;
                Effort? effort = null;
                if (input.String(map, "impact", id) is { } i)
                {
                    if (Impact.TryParse(i, out var parsedImpact)) impact = parsedImpact;
                    else input.Error(YamlInput.Get(map, "impact"), $"impact of '{id}' must be 1 to 5, not '{i}'");
                }

                if (input.String(map, "effort", id) is { } e)
                {
                    if (Effort.TryParse(e, out var parsedEffort)) effort = parsedEffort;
                    else input.Error(YamlInput.Get(map, "effort"), $"effort of '{id}' must be 1 to 5, not '{e}'");
                }

                ratings[id] = new Rating(impact, effort);
            }
        }

        var sections = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);
        foreach (var area in AreaSections)
        {
            if (input.Mapping(YamlInput.Get(top, area), $"'{area}'") is { } section)
            {
                if (SectionKeys.TryGetValue(area, out var keys)) input.OnlyKeys(section, $"'{area}'", [.. keys]);
                sections[area] = section;
            }
        }

        return input.Ok
            ? ParseResult<AuditConfig>.Ok(new AuditConfig { Exclude = exclude, DisabledChecks = disabled, Ratings = ratings, Sections = sections, Source = source })
            : ParseResult<AuditConfig>.Fail(input.Errors);
    }
}
