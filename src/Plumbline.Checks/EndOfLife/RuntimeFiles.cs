using System.Text.Json;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Language runtimes named by version files and manifests: .nvmrc, .node-version, package.json engines,
/// .python-version, runtime.txt, pyproject.toml, .ruby-version, Gemfile, .tool-versions, composer.json, go.mod.</summary>
internal static partial class RuntimeFiles
{
    private static readonly string[] Names =
        [".nvmrc", ".node-version", ".python-version", "runtime.txt", ".ruby-version", ".tool-versions", "gemfile", "go.mod", "composer.json", "package.json", "pyproject.toml"];

    public static bool Reads(string name) => Names.Contains(name.ToLowerInvariant());

    public static IEnumerable<DetectedPlatform> Detect(SourceFile file) => file.Name.ToLowerInvariant() switch
    {
        ".nvmrc" or ".node-version" => VersionFile(file, "nodejs"),
        ".python-version" => VersionFile(file, "python"),
        ".ruby-version" => VersionFile(file, "ruby", "ruby-"),
        "runtime.txt" => VersionFile(file, "python", "python-"),
        ".tool-versions" => ToolVersions(file),
        "gemfile" => Matches(file, GemfileRuby(), "ruby", requirement: true),
        "go.mod" => Matches(file, GoLine(), "go", requirement: false),
        "composer.json" => JsonRequirement(file, "php", "require", "php"),
        "package.json" => JsonRequirement(file, "nodejs", "engines", "node"),
        "pyproject.toml" => Matches(file, RequiresPython(), "python", requirement: true),
        _ => [],
    };

    private static IEnumerable<DetectedPlatform> VersionFile(SourceFile file, string product, string? prefix = null)
    {
        var (number, text) = file.Lines().FirstOrDefault(l => l.Text.Trim().Length > 0 && !l.Text.TrimStart().StartsWith('#'));
        if (text is null) yield break;
        var value = text.Trim();
        if (prefix is not null && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) value = value[prefix.Length..];
        if (value.Length > 1 && value[0] is 'v' or 'V' && char.IsAsciiDigit(value[1])) value = value[1..];
        yield return new DetectedPlatform(product, VersionParts.Of(value).Count > 0 ? value : null, file.Path, number, text.Trim());
    }

    private static IEnumerable<DetectedPlatform> ToolVersions(SourceFile file)
    {
        foreach (var (number, text) in file.Lines())
        {
            var words = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) continue;
            var product = words[0] switch { "nodejs" or "node" => "nodejs", "python" => "python", "ruby" => "ruby", "php" => "php", "golang" => "go", _ => null };
            if (product is not null) yield return new DetectedPlatform(product, VersionParts.Of(words[1]).Count > 0 ? words[1] : null, file.Path, number, text.Trim());
        }
    }

    private static IEnumerable<DetectedPlatform> Matches(SourceFile file, Regex pattern, string product, bool requirement)
    {
        foreach (Match m in pattern.Matches(file.Text))
        {
            var value = m.Groups["v"].Value;
            var version = requirement ? Requirement.NewestAllowed(value) : value;
            // A floor with no ceiling (">=3.7") does not say what runs: it is not evidence of a version in use.
            if (version is null) continue;
            var line = file.LineOf(m.Index);
            yield return new DetectedPlatform(product, version, file.Path, line, file.Lines().ElementAt(line - 1).Text.Trim());
        }
    }

    private static IEnumerable<DetectedPlatform> JsonRequirement(SourceFile file, string product, string section, string key)
    {
        string? value;
        try
        {
            using var doc = JsonDocument.Parse(file.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            value = doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty(section, out var s) && s.ValueKind == JsonValueKind.Object
                && s.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }
        catch (JsonException)
        {
            // ManifestsAreReadable reports a malformed manifest; here it simply names no platform.
            yield break;
        }

        if (value is null || Requirement.NewestAllowed(value) is not { } version) yield break;
        var index = file.Text.IndexOf($"\"{key}\"", StringComparison.Ordinal);
        yield return new DetectedPlatform(product, version, file.Path, index < 0 ? null : file.LineOf(index), $"\"{key}\": \"{value}\"");
    }

    [GeneratedRegex(@"^\s*ruby\s+['""](?<v>[^'""]+)['""]", RegexOptions.Multiline)]
    private static partial Regex GemfileRuby();

    [GeneratedRegex(@"^go\s+(?<v>\d+\.\d+(?:\.\d+)?)\s*$", RegexOptions.Multiline)]
    private static partial Regex GoLine();

    [GeneratedRegex(@"^\s*(?:requires-python|python)\s*=\s*['""](?<v>[^'""]+)['""]", RegexOptions.Multiline)]
    private static partial Regex RequiresPython();
}
