using System.Text.RegularExpressions;

namespace Plumbline.Checks.Dependencies;

/// <summary>Line-based manifests: requirements.txt, go.mod, Gemfile, build.gradle.</summary>
internal static partial class TextManifests
{
    [GeneratedRegex(@"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*(.*)$")]
    private static partial Regex Requirement();

    [GeneratedRegex(@"^\s*gem\s+['""]([^'""]+)['""]\s*(?:,\s*['""]([^'""]+)['""])?")]
    private static partial Regex Gem();

    [GeneratedRegex(@"^\s*(implementation|api|compile|compileOnly|runtimeOnly|annotationProcessor|kapt|testImplementation|testCompileOnly|testRuntimeOnly|androidTestImplementation)\s*\(?\s*['""]([^:'""]+):([^:'""]+)(?::([^'""@]+))?")]
    private static partial Regex GradleDependency();

    public static List<Dependency> Requirements(string text)
    {
        var result = new List<Dependency>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            line = (line.StartsWith('#') ? string.Empty : hash >= 0 ? line[..hash] : line).Trim();
            if (line.Length == 0 || line.StartsWith('-') || line.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            var m = Requirement().Match(line.Split(';')[0].Trim());
            if (!m.Success)
            {
                throw new ManifestParseException($"line {i + 1}: '{line}' is not a requirement (name, then an optional version such as ==1.2.3)");
            }

            var spec = m.Groups[3].Value.Trim();
            result.Add(new Dependency(m.Groups[1].Value, spec.Length == 0 ? null : spec, false, i + 1));
        }

        return result;
    }

    /// <summary>True when every requirement is pinned with == (the file then works as a lockfile).</summary>
    public static bool AllPinned(IEnumerable<Dependency> deps) => deps.All(d => d.Version?.StartsWith("==", StringComparison.Ordinal) == true);

    public static List<Dependency> GoMod(string text)
    {
        var result = new List<Dependency>();
        var lines = text.Split('\n');
        var inRequire = false;
        var inOtherBlock = false;
        string[] directives = ["module", "go", "toolchain", "require", "replace", "exclude", "retract", "godebug", "tool", "ignore"];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.IndexOf("//", StringComparison.Ordinal);
            var indirect = comment >= 0 && line[comment..].Contains("indirect", StringComparison.Ordinal);
            line = (comment >= 0 ? line[..comment] : line).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (inRequire || inOtherBlock)
            {
                if (line == ")")
                {
                    inRequire = inOtherBlock = false;
                }
                else if (inRequire && !indirect)
                {
                    AddGo(result, line, i);
                }

                continue;
            }

            var word = line.Split([' ', '\t', '('], StringSplitOptions.RemoveEmptyEntries)[0];
            if (!directives.Contains(word))
            {
                throw new ManifestParseException($"line {i + 1}: unknown directive '{word}'");
            }

            var rest = line[word.Length..].Trim();
            if (rest == "(")
            {
                inRequire = word == "require";
                inOtherBlock = !inRequire;
            }
            else if (word == "require" && !indirect)
            {
                AddGo(result, rest, i);
            }
        }

        if (inRequire || inOtherBlock)
        {
            throw new ManifestParseException("a '(' block is never closed with ')'");
        }

        return result;
    }

    private static void AddGo(List<Dependency> result, string line, int index)
    {
        var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            throw new ManifestParseException($"line {index + 1}: a requirement needs a module path and a version");
        }

        result.Add(new Dependency(parts[0], parts[1], false, index + 1));
    }

    public static List<Dependency> Gemfile(string text)
    {
        var result = new List<Dependency>();
        var lines = text.Split('\n');
        var devDepth = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("group", StringComparison.Ordinal) && (line.Contains(":development", StringComparison.Ordinal) || line.Contains(":test", StringComparison.Ordinal)))
            {
                devDepth++;
            }
            else if (line == "end" && devDepth > 0)
            {
                devDepth--;
            }

            var m = Gem().Match(line);
            if (m.Success)
            {
                result.Add(new Dependency(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null, devDepth > 0, i + 1));
            }
        }

        return result;
    }

    public static List<Dependency> Gradle(string text)
    {
        var result = new List<Dependency>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var m = GradleDependency().Match(lines[i]);
            if (m.Success)
            {
                var config = m.Groups[1].Value;
                result.Add(new Dependency($"{m.Groups[2].Value}:{m.Groups[3].Value}", m.Groups[4].Success ? m.Groups[4].Value : null,
                    config.StartsWith("test", StringComparison.Ordinal) || config.StartsWith("androidTest", StringComparison.Ordinal), i + 1));
            }
        }

        return result;
    }
}
