using System.Text.RegularExpressions;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Secrets;

/// <summary>Reads secret rules from YAML (format in docs/secrets.md), with line-numbered errors.</summary>
public static partial class SecretRuleReader
{
    private static readonly string[] Fields =
        ["id", "description", "keywords", "regex", "secret-group", "entropy", "path", "multiline", "generic", "password", "severity", "true-positives", "false-positives"];

    /// <summary>Reads a whole rules file: a mapping with a <c>rules:</c> list.</summary>
    /// <param name="yaml">The text.</param>
    /// <param name="source">The file name used in errors.</param>
    /// <param name="minExamples">How many true- and false-positive examples each rule must carry.</param>
    public static ParseResult<IReadOnlyList<SecretRule>> Read(string yaml, string source, int minExamples = 2)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<IReadOnlyList<SecretRule>>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        if (input.Mapping(root, "a rules file") is not { } top)
        {
            return ParseResult<IReadOnlyList<SecretRule>>.Fail(input.Errors);
        }

        input.OnlyKeys(top, "a rules file", "rules");
        var rules = ReadList(input, YamlInput.Get(top, "rules"), minExamples);
        if (YamlInput.Get(top, "rules") is null)
        {
            input.Error(top, "a rules file needs a 'rules:' list");
        }

        return input.Ok ? ParseResult<IReadOnlyList<SecretRule>>.Ok(rules) : ParseResult<IReadOnlyList<SecretRule>>.Fail(input.Errors);
    }

    /// <summary>Reads a <c>rules:</c> list node (also used for the <c>secrets:</c> section of plumbline.yml).</summary>
    public static IReadOnlyList<SecretRule> ReadList(YamlInput input, YamlNode? node, int minExamples)
    {
        var rules = new List<SecretRule>();
        if (input.Sequence(node, "'rules'") is not { } list)
        {
            return rules;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in list.Children)
        {
            if (input.Mapping(child, "each rule") is not { } map)
            {
                continue;
            }

            if (ReadRule(input, map, minExamples) is { } rule)
            {
                if (!seen.Add(rule.Id))
                {
                    input.Error(YamlInput.Get(map, "id"), $"rule id '{rule.Id}' is used twice; ids must be unique");
                    continue;
                }

                rules.Add(rule);
            }
        }

        return rules;
    }

    private static SecretRule? ReadRule(YamlInput input, YamlMappingNode map, int minExamples)
    {
        var id = input.String(map, "id", "a rule", required: true);
        var context = id is null ? "a rule" : $"rule '{id}'";
        input.OnlyKeys(map, context, Fields);
        var errorsBefore = input.Errors.Count;
        if (id is not null && !KebabId().IsMatch(id))
        {
            input.Error(YamlInput.Get(map, "id"), $"rule id '{id}' must be lowercase letters, digits and dashes");
        }

        var description = input.String(map, "description", context, required: true);
        var keywords = input.StringList(map, "keywords", context)
            .Select(k => k.Trim().ToLowerInvariant())
            .Where(k => k.Length > 0)
            .ToList();
        if (keywords.Any(k => !k.All(char.IsAscii)))
        {
            input.Error(YamlInput.Get(map, "keywords"), $"keywords in {context} must be ASCII text");
        }

        if (keywords.Count == 0)
        {
            input.Error(YamlInput.Get(map, "keywords") ?? map, $"{context} needs at least one keyword (a string every match contains; it keeps scans fast)");
        }

        var pattern = Compile(input, map, "regex", context, required: true, RegexOptions.None);
        var path = Compile(input, map, "path", context, required: false, RegexOptions.IgnoreCase);
        var entropy = input.Number(map, "entropy", context, 0, 8);
        var generic = input.Bool(map, "generic", context) ?? false;
        var multiline = input.Bool(map, "multiline", context) ?? false;
        var password = input.Bool(map, "password", context) ?? false;
        var severity = ReadSeverity(input, map, context);
        var group = 0;
        if (pattern is not null)
        {
            var groups = pattern.GetGroupNumbers().Length - 1;
            group = groups > 0 ? 1 : 0;
            if (input.Number(map, "secret-group", context, 0, 99) is { } g)
            {
                if (g != Math.Floor(g) || g > groups)
                {
                    input.Error(YamlInput.Get(map, "secret-group"), $"'secret-group' in {context} must be a whole number from 0 to {groups} (the regex has {groups} groups)");
                }
                else
                {
                    group = (int)g;
                }
            }
        }

        var tps = Examples(input, map, "true-positives", context, minExamples);
        var fps = Examples(input, map, "false-positives", context, minExamples);
        if (input.Errors.Count > errorsBefore || id is null || description is null || pattern is null)
        {
            return null;
        }

        return new SecretRule(id, description.Trim(), keywords, pattern, group, input.Source)
        {
            Entropy = entropy,
            PathFilter = path,
            Generic = generic || password,
            Password = password,
            Multiline = multiline,
            Severity = severity,
            TruePositives = tps,
            FalsePositives = fps,
        };
    }

    private static List<string> Examples(YamlInput input, YamlMappingNode map, string key, string context, int min)
    {
        var list = input.StringList(map, key, context).ToList();
        if (list.Count < min)
        {
            input.Error(YamlInput.Get(map, key) ?? map, $"{context} needs at least {min} '{key}' examples (found {list.Count})");
        }

        foreach (var example in list)
        {
            if (ExampleText.UnknownFiller(example) is { } unknown)
            {
                input.Error(YamlInput.Get(map, key), $"'{key}' in {context} uses the unknown filler '{{{{{unknown}:n}}}}' (known: alnum, upper, lower, digits, hex, HEX, b64, b64url, base32)");
            }
        }

        return list;
    }

    private static Regex? Compile(YamlInput input, YamlMappingNode map, string key, string context, bool required, RegexOptions extra)
    {
        var text = input.String(map, key, context, required);
        if (text is null)
        {
            return null;
        }

        try
        {
            // The non-backtracking engine runs in time linear in the input: no rule, built-in or
            // user-written, can hang a scan on a crafted file.
            return new Regex(text, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | extra);
        }
        catch (ArgumentException ex)
        {
            input.Error(YamlInput.Get(map, key), $"'{key}' in {context} is not a valid regex: {ex.Message}");
        }
        catch (NotSupportedException ex)
        {
            input.Error(YamlInput.Get(map, key), $"'{key}' in {context} uses a construct the linear-time engine does not support (lookarounds, backreferences, atomic groups): {ex.Message}");
        }

        return null;
    }

    private static Severity ReadSeverity(YamlInput input, YamlMappingNode map, string context)
    {
        var text = input.String(map, "severity", context);
        if (text is null)
        {
            return Severity.High;
        }

        if (Enum.TryParse<Severity>(text.Trim(), ignoreCase: true, out var severity) && Enum.IsDefined(severity) && !text.Trim().All(char.IsDigit))
        {
            return severity;
        }

        input.Error(YamlInput.Get(map, "severity"), $"'severity' in {context} must be one of info, low, medium, high, critical, not '{text}'");
        return Severity.High;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabId();
}
