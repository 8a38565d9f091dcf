using System.Globalization;
using System.Text.RegularExpressions;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Iac;

/// <summary>Reads IaC rules from YAML (format in docs/iac.md), with line-numbered errors.</summary>
public static partial class IacRuleReader
{
    private static readonly string[] Fields =
        ["id", "title", "files", "scope", "when", "present", "absent", "open-ports", "unless-file", "skip-stage-names", "severity", "recommendation", "says", "anchors", "passes", "fails"];

    public static ParseResult<IReadOnlyList<IacRule>> Read(string yaml, string source)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<IReadOnlyList<IacRule>>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var rules = new List<IacRule>();
        if (input.Mapping(root, "a rules file") is { } top)
        {
            input.OnlyKeys(top, "a rules file", "rules");
            if (input.Sequence(YamlInput.Get(top, "rules"), "'rules'") is { } list)
            {
                foreach (var child in list.Children)
                {
                    if (input.Mapping(child, "each rule") is { } map && ReadRule(input, map) is { } rule)
                    {
                        rules.Add(rule);
                    }
                }
            }
        }

        return input.Ok ? ParseResult<IReadOnlyList<IacRule>>.Ok(rules) : ParseResult<IReadOnlyList<IacRule>>.Fail(input.Errors);
    }

    private static IacRule? ReadRule(YamlInput input, YamlMappingNode map)
    {
        input.OnlyKeys(map, "a rule", Fields);
        var id = input.String(map, "id", "a rule", required: true);
        var context = $"rule {id}";
        if (id is not null && !PascalCase().IsMatch(id))
        {
            input.Error(map, $"{context}: the id must be PascalCase, e.g. DockerfileRunsAsNonRoot");
        }

        var files = input.String(map, "files", context, required: true);
        IacFileKind kind = default;
        if (files is not null && !Enum.TryParse(files.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out kind))
        {
            input.Error(map, $"{context}: unknown files '{files}' (dockerfile, compose, kubernetes, terraform, web-server)");
        }

        var scope = input.String(map, "scope", context) ?? "file";
        if (!IacScopes.IsKnown(scope))
        {
            input.Error(map, $"{context}: unknown scope '{scope}'");
        }

        var severityText = input.String(map, "severity", context, required: true);
        Severity severity = default;
        if (severityText is not null && !Enum.TryParse(severityText, ignoreCase: true, out severity))
        {
            input.Error(map, $"{context}: unknown severity '{severityText}'");
        }

        var ports = new List<int>();
        foreach (var p in input.StringList(map, "open-ports", context))
        {
            if (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535)
            {
                ports.Add(n);
            }
            else
            {
                input.Error(map, $"{context}: '{p}' is not a port");
            }
        }

        var rule = new IacRule
        {
            Id = id ?? string.Empty,
            Title = input.String(map, "title", context, required: true) ?? string.Empty,
            Files = kind,
            Scope = scope,
            When = Pattern(input, map, "when", context),
            Present = Pattern(input, map, "present", context),
            Absent = Pattern(input, map, "absent", context),
            UnlessFile = Pattern(input, map, "unless-file", context),
            OpenPorts = ports,
            SkipStageNames = input.Bool(map, "skip-stage-names", context) ?? false,
            Severity = severity,
            RecommendationId = input.String(map, "recommendation", context, required: true) ?? string.Empty,
            Says = input.String(map, "says", context, required: true) ?? string.Empty,
            Anchors = input.StringList(map, "anchors", context),
            Passes = input.StringList(map, "passes", context),
            Fails = input.StringList(map, "fails", context),
        };
        if (rule.Present is null && rule.Absent is null && rule.OpenPorts.Count == 0)
        {
            input.Error(map, $"{context}: give 'present', 'absent' or 'open-ports'");
        }

        if (rule.Passes.Count == 0 || rule.Fails.Count == 0)
        {
            input.Error(map, $"{context}: give at least one example under 'passes' and one under 'fails'");
        }

        return rule;
    }

    private static Regex? Pattern(YamlInput input, YamlMappingNode map, string key, string context)
    {
        if (input.String(map, key, context) is not { } text)
        {
            return null;
        }

        try
        {
            return new Regex(text, RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            input.Error(map, $"{context}: '{key}' is not a valid regular expression ({ex.Message})");
            return null;
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]+$")]
    private static partial Regex PascalCase();
}
