using Plumbline.Checks.Audit;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Secrets;

/// <summary>The <c>secrets:</c> section of plumbline.yml, resolved: the rules to run and where to look.</summary>
public sealed record SecretsSettings
{
    /// <summary>The fields of the <c>secrets</c> section.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["rules", "rules-file", "ignore-file", "disable-rules", "history", "max-blob-bytes"];

    /// <summary>Rules in priority order: the user's own first, then the built-ins not disabled or overridden.</summary>
    public required IReadOnlyList<SecretRule> Rules { get; init; }

    /// <summary>The ignore file's path relative to the target.</summary>
    public string IgnoreFile { get; init; } = SecretIgnoreFile.DefaultName;

    /// <summary>Scan every blob reachable from every ref, not just the audited tree.</summary>
    public bool History { get; init; } = true;

    /// <summary>Blobs larger than this are skipped (and counted): minified bundles and data dumps.</summary>
    public long MaxBlobBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Reads the section; problems are returned with the usable remainder, so one bad user rule does not stop the scan.</summary>
    public static (SecretsSettings Settings, IReadOnlyList<InputError> Errors) Read(AuditConfig config, string root)
    {
        var builtIn = BuiltInSecretRules.All;
        if (!config.Sections.TryGetValue("secrets", out var section))
        {
            return (new SecretsSettings { Rules = builtIn }, []);
        }

        // YamlInput is created by parsing; the section's nodes keep their positions in the real file.
        var input = YamlInput.Parse("secrets: {}", config.Source).Value.Input;
        input.OnlyKeys(section, "'secrets'", [.. Keys]);
        var user = new List<SecretRule>(SecretRuleReader.ReadList(input, YamlInput.Get(section, "rules"), minExamples: 1));
        var errors = new List<InputError>();
        if (input.String(section, "rules-file", "'secrets'") is { } rulesFile)
        {
            user.AddRange(ReadRulesFile(root, rulesFile, errors));
        }

        errors.AddRange(CheckExamples(user));
        var disabled = input.StringList(section, "disable-rules", "'secrets'").ToHashSet(StringComparer.Ordinal);
        foreach (var id in disabled.Where(id => builtIn.All(r => r.Id != id) && user.All(r => r.Id != id)))
        {
            input.Error(YamlInput.Get(section, "disable-rules"), $"'disable-rules' names '{id}', which is not a rule (see docs/secrets.md)");
        }

        var userIds = user.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var rules = user.Where(r => !disabled.Contains(r.Id))
            .Concat(builtIn.Where(r => !disabled.Contains(r.Id) && !userIds.Contains(r.Id)))
            .ToList();
        var settings = new SecretsSettings
        {
            Rules = rules,
            IgnoreFile = input.String(section, "ignore-file", "'secrets'") ?? SecretIgnoreFile.DefaultName,
            History = input.Bool(section, "history", "'secrets'") ?? true,
            MaxBlobBytes = (long)(input.Number(section, "max-blob-bytes", "'secrets'", 1024, 1L << 31) ?? 4 * 1024 * 1024),
        };
        return (settings, [.. input.Errors, .. errors]);
    }

    /// <summary>Each user rule must find its true positives and stay quiet on its false positives, as built-ins must.</summary>
    public static IReadOnlyList<InputError> CheckExamples(IEnumerable<SecretRule> rules)
    {
        var errors = new List<InputError>();
        foreach (var rule in rules)
        {
            var scanner = new SecretScanner([rule]);
            for (var i = 0; i < rule.TruePositives.Count; i++)
            {
                if (scanner.Scan(ExampleText.Expand(rule.TruePositives[i]), null).Count == 0)
                {
                    errors.Add(new InputError(rule.Source, $"rule '{rule.Id}' does not find its true-positive example {i + 1}; fix the regex, keywords or entropy"));
                }
            }

            for (var i = 0; i < rule.FalsePositives.Count; i++)
            {
                if (scanner.Scan(ExampleText.Expand(rule.FalsePositives[i]), null).Count > 0)
                {
                    errors.Add(new InputError(rule.Source, $"rule '{rule.Id}' reports its false-positive example {i + 1}; tighten the regex"));
                }
            }
        }

        return errors;
    }

    private static IReadOnlyList<SecretRule> ReadRulesFile(string root, string rulesFile, List<InputError> errors)
    {
        var full = Path.GetFullPath(Path.Combine(root, rulesFile));
        var rootFull = Path.GetFullPath(root);
        if (!full.StartsWith(rootFull.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // The target's config must not make us read files outside the target.
            errors.Add(new InputError(rulesFile, "the rules file must be inside the audited folder"));
            return [];
        }

        if (!File.Exists(full))
        {
            errors.Add(new InputError(rulesFile, "rules file not found; fix 'secrets: rules-file' in plumbline.yml"));
            return [];
        }

        var read = SecretRuleReader.Read(File.ReadAllText(full), rulesFile, minExamples: 1);
        if (!read.Success)
        {
            errors.AddRange(read.Errors);
            return [];
        }

        return read.Value;
    }
}
