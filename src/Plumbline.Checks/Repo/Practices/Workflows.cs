using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Repo.Practices;

/// <summary>GitHub Actions workflow files, parsed.</summary>
internal static class Workflows
{
    public sealed record Workflow(RepoFile File, YamlMappingNode? Root, string? Error);

    public static List<Workflow> Read(RepoSnapshot snapshot) =>
        [.. snapshot.Files
            .Where(f => f.Path.StartsWith(".github/workflows/", StringComparison.Ordinal) && f.Extension is ".yml" or ".yaml")
            .Select(Parse)];

    private static Workflow Parse(RepoFile f)
    {
        if (f.Text is null)
        {
            return new Workflow(f, null, $"the file could not be read ({f.Kind})");
        }

        ParseResult<(YamlInput Input, YamlNode Root)> parsed;
        try
        {
            parsed = YamlInput.Parse(f.Text, f.Path);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some truncated flow collections instead of a YamlException.
            return new Workflow(f, null, $"YAML syntax error: {ex.Message}");
        }

        if (!parsed.Success)
        {
            return new Workflow(f, null, string.Join("; ", parsed.Errors));
        }

        return parsed.Value.Root is YamlMappingNode map ? new Workflow(f, map, null) : new Workflow(f, null, "a workflow must be a mapping");
    }

    /// <summary>Every (key, value) pair anywhere below a node.</summary>
    public static IEnumerable<(string Key, YamlNode Value)> Pairs(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: { } key })
                    {
                        yield return (key, v);
                    }

                    foreach (var inner in Pairs(v))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequenceNode seq:
                foreach (var item in seq.Children)
                {
                    foreach (var inner in Pairs(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>The events a workflow is triggered by.</summary>
    public static IReadOnlyList<string> Triggers(YamlMappingNode root)
    {
        var on = root.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "on" or "true" }).Value;
        return on switch
        {
            YamlScalarNode s when s.Value is not null => [s.Value],
            YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
            YamlMappingNode map => [.. map.Children.Keys.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)],
            _ => [],
        };
    }
}
