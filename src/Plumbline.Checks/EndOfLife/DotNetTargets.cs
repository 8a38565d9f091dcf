using System.Text.RegularExpressions;

namespace Plumbline.Checks.EndOfLife;

/// <summary>The .NET a project targets: <c>TargetFramework(s)</c> and <c>TargetFrameworkVersion</c> in project files,
/// <c>targetFramework</c> in packages.config and in web.config's <c>compilation</c>/<c>httpRuntime</c>.
/// <c>net45</c>… <c>net48</c> are .NET Framework; <c>netcoreapp3.1</c> and <c>net5.0</c> on are .NET;
/// <c>netstandard</c> is a library contract, not a runtime, and is left out.</summary>
internal static partial class DotNetTargets
{
    public static bool Reads(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.EndsWith(".csproj", StringComparison.Ordinal) || lower.EndsWith(".vbproj", StringComparison.Ordinal) || lower.EndsWith(".fsproj", StringComparison.Ordinal)
            || lower is "packages.config" or "web.config" or "directory.build.props";
    }

    public static IEnumerable<DetectedPlatform> Detect(SourceFile file)
    {
        var lower = file.Name.ToLowerInvariant();
        var seen = new HashSet<(string, string?)>();
        var pattern = lower switch
        {
            "packages.config" => PackagesConfig(),
            "web.config" => WebConfig(),
            _ => ProjectFile(),
        };
        foreach (Match m in pattern.Matches(file.Text))
        {
            foreach (var moniker in m.Groups["v"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Read(moniker, lower == "web.config") is not { } platform || !seen.Add(platform)) continue;
                var line = file.LineOf(m.Index);
                yield return new DetectedPlatform(platform.Product, platform.Version, file.Path, line, m.Value.Trim());
                // packages.config repeats the moniker on every package: the first says it.
                if (lower == "packages.config") yield break;
            }
        }
    }

    /// <summary>"net45" → .NET Framework 4.5; "v4.7.2" → 4.7.2; "netcoreapp3.1" → .NET 3.1; "net8.0-windows" → .NET 8.0.</summary>
    public static (string Product, string? Version)? Read(string moniker, bool bareIsFramework = false)
    {
        var m = moniker.Trim().ToLowerInvariant();
        if (m.Contains('$', StringComparison.Ordinal)) return null;
        if (m.StartsWith("netstandard", StringComparison.Ordinal)) return null;
        if (m.StartsWith("netcoreapp", StringComparison.Ordinal)) return ("dotnet", m["netcoreapp".Length..]);
        if (m.StartsWith('v') || bareIsFramework) return ("dotnetfx", m.TrimStart('v'));
        if (!m.StartsWith("net", StringComparison.Ordinal)) return null;
        var rest = m[3..];
        var dash = rest.IndexOf('-');
        if (dash >= 0) rest = rest[..dash];
        if (rest.Contains('.', StringComparison.Ordinal)) return ("dotnet", rest);
        // net45, net461, net48: digits without dots are .NET Framework 4.5, 4.6.1, 4.8.
        return rest.Length is >= 2 and <= 3 && rest.All(char.IsAsciiDigit) ? ("dotnetfx", string.Join('.', rest.ToCharArray())) : null;
    }

    [GeneratedRegex(@"<TargetFrameworks?>(?<v>[^<]+)</TargetFrameworks?>|<TargetFrameworkVersion>(?<v>[^<]+)</TargetFrameworkVersion>", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectFile();

    [GeneratedRegex(@"targetFramework=""(?<v>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex PackagesConfig();

    [GeneratedRegex(@"<(?:compilation|httpRuntime)\b[^>]*\btargetFramework=""(?<v>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex WebConfig();
}
