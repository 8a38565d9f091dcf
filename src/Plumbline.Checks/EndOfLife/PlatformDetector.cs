namespace Plumbline.Checks.EndOfLife;

/// <summary>Every detector, and the files they read: what a target runs on, each with the file and line that says it.</summary>
public static class PlatformDetector
{
    /// <summary>True for a file some detector reads (by its path relative to the root).</summary>
    public static bool Reads(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return ContainerImages.IsDockerfile(name) || ContainerImages.IsYaml(name) || RuntimeFiles.Reads(name) || DotNetTargets.Reads(name)
            || JavaLevels.Reads(name) || FrameworkVersions.Reads(name) || CmsVersions.Reads(path);
    }

    /// <summary>The platforms the files name, in path order.</summary>
    public static IReadOnlyList<DetectedPlatform> Detect(IReadOnlyList<SourceFile> files)
    {
        var found = new List<DetectedPlatform>();
        foreach (var file in files)
        {
            found.AddRange(ContainerImages.Detect(file));
            if (RuntimeFiles.Reads(file.Name)) found.AddRange(RuntimeFiles.Detect(file));
            if (DotNetTargets.Reads(file.Name)) found.AddRange(DotNetTargets.Detect(file));
            if (JavaLevels.Reads(file.Name)) found.AddRange(JavaLevels.Detect(file));
            if (CmsVersions.Reads(file.Path)) found.AddRange(CmsVersions.Detect(file));
        }

        found.AddRange(FrameworkVersions.Detect(files));
        // packages.config keeps the framework its packages were installed for, which lags behind a retargeted project:
        // where a project file beside it names the target, that is the one that counts.
        found.RemoveAll(p => p.Path.EndsWith("packages.config", StringComparison.OrdinalIgnoreCase)
            && found.Any(o => o.Path != p.Path && Folder(o.Path) == Folder(p.Path) && DotNetTargets.Reads(o.Path[(o.Path.LastIndexOf('/') + 1)..]) && o.Product is "dotnet" or "dotnetfx"));
        return [.. found.Distinct().OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0)];
    }

    private static string Folder(string path) => path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : string.Empty;
}
