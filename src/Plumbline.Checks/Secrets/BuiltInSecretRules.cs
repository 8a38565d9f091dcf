using Plumbline.Core.Input;

namespace Plumbline.Checks.Secrets;

/// <summary>The rules shipped with Plumbline: the embedded <c>Secrets/Rules/*.yml</c> files, listed
/// explicitly and in priority order (provider rules before the generic ones, so a specific rule
/// wins a value both would match).</summary>
public static class BuiltInSecretRules
{
    private const string ResourcePrefix = "Plumbline.Checks.Secrets.Rules.";

    /// <summary>The rule files, in priority order.</summary>
    public static IReadOnlyList<string> Files { get; } =
        ["cloud.yml", "source-hosts.yml", "payments.yml", "messaging.yml", "ai.yml", "registries.yml", "services.yml", "keys.yml", "credentials.yml", "generic.yml"];

    private static readonly Lazy<IReadOnlyList<SecretRule>> Loaded = new(() => Load());

    /// <summary>Every built-in rule, in priority order.</summary>
    public static IReadOnlyList<SecretRule> All => Loaded.Value;

    /// <summary>Reads one embedded rule file (the convention tests read them one by one).</summary>
    public static ParseResult<IReadOnlyList<SecretRule>> ReadFile(string file)
    {
        using var stream = typeof(BuiltInSecretRules).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"Built-in rule file '{file}' is not embedded.");
        using var reader = new StreamReader(stream);
        return SecretRuleReader.Read(reader.ReadToEnd(), $"Secrets/Rules/{file}", minExamples: 2);
    }

    private static List<SecretRule> Load()
    {
        var rules = new List<SecretRule>();
        foreach (var file in Files)
        {
            var read = ReadFile(file);
            if (!read.Success)
            {
                // A broken built-in rule file is a bug in Plumbline, not a user error.
                throw new InvalidOperationException($"Built-in secret rules are invalid: {string.Join("; ", read.Errors)}");
            }

            rules.AddRange(read.Value);
        }

        return rules;
    }
}
