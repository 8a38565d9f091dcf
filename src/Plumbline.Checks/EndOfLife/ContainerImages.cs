using System.Text.RegularExpressions;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Platforms named by container images: Dockerfile <c>FROM</c> lines (with <c>ARG</c> defaults filled in),
/// and <c>image:</c> lines of compose files and Kubernetes manifests.</summary>
internal static partial class ContainerImages
{
    public static bool IsDockerfile(string name) =>
        name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase) || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase);

    public static bool IsYaml(string name) =>
        (name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
        && !name.Equals("pnpm-lock.yaml", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<DetectedPlatform> Detect(SourceFile file)
    {
        if (IsDockerfile(file.Name)) return FromDockerfile(file);
        return IsYaml(file.Name) ? FromYaml(file) : [];
    }

    private static IEnumerable<DetectedPlatform> FromDockerfile(SourceFile file)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        var stages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, text) in file.Lines())
        {
            var line = text.Trim();
            if (ArgLine().Match(line) is { Success: true } arg)
            {
                args[arg.Groups["name"].Value] = arg.Groups["value"].Value.Trim('"', '\'');
                continue;
            }

            if (FromLine().Match(line) is not { Success: true } from) continue;
            var image = Variable().Replace(from.Groups["image"].Value, m => args.GetValueOrDefault(m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value, m.Value));
            if (from.Groups["stage"].Success) stages.Add(from.Groups["stage"].Value);
            if (stages.Contains(image) && !from.Groups["stage"].Value.Equals(image, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var p in Platforms(image, file, number, line)) yield return p;
        }
    }

    private static IEnumerable<DetectedPlatform> FromYaml(SourceFile file)
    {
        if (!file.Text.Contains("image:", StringComparison.Ordinal)) yield break;
        foreach (var (number, text) in file.Lines())
        {
            if (ImageLine().Match(text) is not { Success: true } m) continue;
            foreach (var p in Platforms(m.Groups["image"].Value, file, number, text.Trim())) yield return p;
        }
    }

    private static IEnumerable<DetectedPlatform> Platforms(string image, SourceFile file, int line, string evidence)
    {
        // An image still holding a variable (${TAG}) names no version that can be read.
        var unresolved = image.Contains('$', StringComparison.Ordinal);
        foreach (var (product, version) in ImageReference.Read(unresolved ? image[..image.IndexOf('$', StringComparison.Ordinal)].TrimEnd(':') : image))
        {
            yield return new DetectedPlatform(product, unresolved ? null : version, file.Path, line, evidence);
        }
    }

    [GeneratedRegex(@"^FROM\s+(?:--\S+\s+)*(?<image>\S+)(?:\s+AS\s+(?<stage>\S+))?", RegexOptions.IgnoreCase)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^ARG\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)=(?<value>\S+)")]
    private static partial Regex ArgLine();

    [GeneratedRegex(@"\$\{(?<a>[A-Za-z_][A-Za-z0-9_]*)\}|\$(?<b>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^\s*-?\s*image:\s*[""']?(?<image>[^""'\s#]+)")]
    private static partial Regex ImageLine();
}
