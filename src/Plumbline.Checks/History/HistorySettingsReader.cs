using System.Globalization;
using System.Text.RegularExpressions;
using Plumbline.Checks.Audit;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.History;

/// <summary>Reads the <c>history:</c> section of plumbline.yml, with line and column on every error.</summary>
public static partial class HistorySettingsReader
{
    /// <summary>The fields of the <c>history</c> section.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["since", "until", "now", "inactive-months", "hotspot-months", "hotspots", "aliases", "coupling"];
    private static readonly string[] CouplingKeys = ["min-shared-revisions", "max-files-per-commit"];

    /// <summary>The settings from the configuration's history section (defaults when there is none).</summary>
    /// <param name="config">The audit configuration.</param>
    /// <param name="now">The moment relative dates ("6 months") count back from.</param>
    public static ParseResult<HistorySettings> Read(AuditConfig config, DateTimeOffset now)
    {
        if (!config.Sections.TryGetValue("history", out var section))
        {
            return ParseResult<HistorySettings>.Ok(HistorySettings.Default);
        }

        var errors = new List<InputError>();
        void Error(YamlNode node, string message) =>
            errors.Add(new InputError(config.Source, message, (int)node.Start.Line, (int)node.Start.Column));

        var settings = HistorySettings.Default;
        foreach (var (key, value) in section.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            switch (name)
            {
                case "since":
                case "until":
                    if (Scalar(value) is not { } text || ParseMoment(text, now) is not { } moment)
                    {
                        Error(value, $"'history.{name}' must be a date (2024-01-31), a date and time, or a span such as '6 months' or '2 years', not '{Scalar(value)}'");
                    }
                    else
                    {
                        settings = name == "since" ? settings with { Since = moment } : settings with { Until = moment };
                    }

                    break;
                case "now":
                    switch (Scalar(value))
                    {
                        case "commit":
                            settings = settings with { Now = HistoryNow.Commit };
                            break;
                        case "clock":
                            settings = settings with { Now = HistoryNow.Clock };
                            break;
                        default:
                            Error(value, $"'history.now' must be 'commit' (the audited commit's date) or 'clock' (the audit's time), not '{Scalar(value)}'");
                            break;
                    }

                    break;
                case "inactive-months":
                    settings = settings with { InactiveMonths = Int(value, name, 1, 600, Error) ?? settings.InactiveMonths };
                    break;
                case "hotspot-months":
                    settings = settings with { HotspotMonths = Int(value, name, 1, 600, Error) ?? settings.HotspotMonths };
                    break;
                case "hotspots":
                    settings = settings with { HotspotCount = Int(value, name, 1, 1000, Error) ?? settings.HotspotCount };
                    break;
                case "aliases":
                    settings = settings with { Aliases = Aliases(value, Error) };
                    break;
                case "coupling":
                    settings = Coupling(value, settings, Error);
                    break;
                default:
                    Error(key, $"unknown field '{name}' in 'history' (known fields: {string.Join(", ", Keys)})");
                    break;
            }
        }

        if (settings is { Since: { } s, Until: { } u } && s > u)
        {
            errors.Add(new InputError(config.Source, $"'history.since' ({s:yyyy-MM-dd}) is after 'history.until' ({u:yyyy-MM-dd})"));
        }

        return errors.Count == 0 ? ParseResult<HistorySettings>.Ok(settings) : ParseResult<HistorySettings>.Fail(errors);
    }

    /// <summary>A copy of the configuration whose history window is set from the command line
    /// (<c>plumb audit --since/--until</c>); null arguments leave the file's values alone.</summary>
    public static AuditConfig WithWindow(AuditConfig config, string? since, string? until)
    {
        if (since is null && until is null)
        {
            return config;
        }

        var section = new YamlMappingNode();
        if (config.Sections.TryGetValue("history", out var existing))
        {
            foreach (var (k, v) in existing.Children)
            {
                section.Children[k] = v;
            }
        }

        if (since is not null)
        {
            section.Children[new YamlScalarNode("since")] = new YamlScalarNode(since);
        }

        if (until is not null)
        {
            section.Children[new YamlScalarNode("until")] = new YamlScalarNode(until);
        }

        var sections = new Dictionary<string, YamlMappingNode>(config.Sections, StringComparer.Ordinal) { ["history"] = section };
        return config with { Sections = sections };
    }

    /// <summary>Parses a date, a date and time, or a span back from <paramref name="now"/> ("6 months", "2 years ago").</summary>
    public static DateTimeOffset? ParseMoment(string text, DateTimeOffset now)
    {
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Contains('T', StringComparison.Ordinal))
        {
            return moment;
        }

        var match = SpanPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var n = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value.ToUpperInvariant() switch
        {
            "DAY" => now.AddDays(-n),
            "WEEK" => now.AddDays(-7 * n),
            "MONTH" => now.AddMonths(-n),
            _ => now.AddYears(-n),
        };
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    private static int? Int(YamlNode node, string name, int min, int max, Action<YamlNode, string> error)
    {
        if (Scalar(node) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        error(node, $"'{name}' in 'history' must be a whole number from {min} to {max}, not '{Scalar(node) ?? "a list or mapping"}'");
        return null;
    }

    private static Dictionary<string, IReadOnlyList<string>> Aliases(YamlNode node, Action<YamlNode, string> error)
    {
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            error(node, "'history.aliases' must map a person's name to a list of their other names and emails, e.g. 'Alice Smith: [alice@old.example, asmith]'");
            return aliases;
        }

        foreach (var (key, value) in map.Children)
        {
            var person = Scalar(key);
            if (string.IsNullOrWhiteSpace(person))
            {
                error(key, "an alias name in 'history.aliases' must not be empty");
                continue;
            }

            switch (value)
            {
                case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                    aliases[person] = [.. list.Children.Select(c => Scalar(c)!)];
                    break;
                case YamlScalarNode { Value.Length: > 0 } one:
                    aliases[person] = [one.Value!];
                    break;
                default:
                    error(value, $"the aliases of '{person}' must be a list of names or emails");
                    break;
            }
        }

        return aliases;
    }

    private static HistorySettings Coupling(YamlNode node, HistorySettings settings, Action<YamlNode, string> error)
    {
        if (node is not YamlMappingNode map)
        {
            error(node, "'history.coupling' must be a mapping with min-shared-revisions and max-files-per-commit");
            return settings;
        }

        foreach (var (key, value) in map.Children)
        {
            switch (Scalar(key))
            {
                case "min-shared-revisions":
                    settings = settings with { CouplingMinSharedRevisions = Int(value, "coupling.min-shared-revisions", 1, 100_000, error) ?? settings.CouplingMinSharedRevisions };
                    break;
                case "max-files-per-commit":
                    settings = settings with { CouplingMaxFilesPerCommit = Int(value, "coupling.max-files-per-commit", 2, 100_000, error) ?? settings.CouplingMaxFilesPerCommit };
                    break;
                default:
                    error(key, $"unknown field '{Scalar(key)}' in 'history.coupling' (known fields: {string.Join(", ", CouplingKeys)})");
                    break;
            }
        }

        return settings;
    }

    [GeneratedRegex(@"^(\d{1,4})\s*(day|week|month|year)s?(\s+ago)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanPattern();
}
