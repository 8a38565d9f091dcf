using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Dependencies;

/// <summary>Dart and Flutter's pubspec.yaml.</summary>
internal static class PubManifest
{
    public static List<Dependency> Read(string text, string path)
    {
        ParseResult<(YamlInput Input, YamlNode Root)> parsed;
        try
        {
            parsed = YamlInput.Parse(text, path);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some truncated flow collections instead of a YamlException.
            throw new ManifestParseException($"YAML syntax error: {ex.Message}");
        }

        if (!parsed.Success)
        {
            throw new ManifestParseException(string.Join("; ", parsed.Errors.Select(e => e.Line is { } l ? $"line {l}: {e.Message}" : e.Message)));
        }

        if (parsed.Value.Root is not YamlMappingNode root)
        {
            throw new ManifestParseException("expected a mapping at the top");
        }

        var result = new List<Dependency>();
        foreach (var (section, dev) in new[] { ("dependencies", false), ("dev_dependencies", true) })
        {
            if (YamlInput.Get(root, section) is not YamlMappingNode deps)
            {
                continue;
            }

            foreach (var (name, keyNode, value) in YamlInput.Entries(deps))
            {
                if (value is YamlMappingNode sdkMap && YamlInput.Get(sdkMap, "sdk") is not null)
                {
                    continue;
                }

                var version = value switch
                {
                    YamlScalarNode s => s.Value,
                    YamlMappingNode m when YamlInput.Get(m, "version") is YamlScalarNode v => v.Value,
                    YamlMappingNode => "(path, git or hosted)",
                    _ => null,
                };
                result.Add(new Dependency(name, version, dev, (int)keyNode.Start.Line));
            }
        }

        return result;
    }
}
