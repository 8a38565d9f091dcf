using Plumbline.Core.Checks;

namespace Plumbline.Checks.Iac;

/// <summary>The built-in IaC rules (Iac/Rules/*.yml, embedded), each as a check run by <c>plumb audit</c>'s repo stage.</summary>
public static class IacChecks
{
    private const string Prefix = "Plumbline.Checks.Iac.Rules.";

    /// <summary>Every built-in rule, file by file in name order.</summary>
    public static IReadOnlyList<IacRuleCheck> All { get; } = Load();

    /// <summary>The descriptors, for the registry.</summary>
    public static IReadOnlyList<CheckDescriptor> Descriptors => [.. All.Select(c => c.Descriptor)];

    private static List<IacRuleCheck> Load()
    {
        var assembly = typeof(IacChecks).Assembly;
        var checks = new List<IacRuleCheck>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var rules = IacRuleReader.Read(reader.ReadToEnd(), "Iac/Rules/" + name[Prefix.Length..]);
            if (!rules.Success)
            {
                // Built-in rules that do not read are a bug; the rule examples test names the line.
                throw new InvalidOperationException(string.Join("; ", rules.Errors));
            }

            checks.AddRange(rules.Value.Select(r => new IacRuleCheck(r)));
        }

        return checks;
    }
}
