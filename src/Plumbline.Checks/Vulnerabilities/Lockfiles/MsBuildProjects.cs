using System.Text.RegularExpressions;
using System.Xml.Linq;
using Plumbline.Checks.Dependencies;
using Plumbline.Checks.Vulnerabilities.Versions;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>The package versions .NET projects ask for when no lockfile says what was restored: <c>PackageReference</c>
/// items of <c>*.csproj</c>/<c>*.fsproj</c>/<c>*.vbproj</c>, with central package management from the nearest
/// <c>Directory.Packages.props</c> (<c>PackageVersion</c>, <c>GlobalPackageReference</c>, a project's
/// <c>VersionOverride</c>), items and <c>Update</c>s from the nearest <c>Directory.Build.props</c>/<c>.targets</c>, and
/// <c>$(Property)</c> versions defined in any of them. Each version is read as NuGet restores it
/// (<see cref="NuGetVersionSpec"/>). A package is reported against the file that pins its version, so one edit fixes
/// it: the Directory.Packages.props for a central version, the project for its own. Conditions are not evaluated: every
/// reference is read, whichever target framework it is for.</summary>
internal static partial class MsBuildProjects
{
    public const string Kind = "MSBuild project";

    private const string PackagesProps = "Directory.Packages.props";
    private const string BuildProps = "Directory.Build.props";
    private const string BuildTargets = "Directory.Build.targets";

    /// <summary>True for the files this reader needs: project files and the Directory.* files that shape them.</summary>
    public static bool Reads(string fileName) =>
        IsProject(fileName) || fileName.Equals(PackagesProps, StringComparison.OrdinalIgnoreCase)
        || fileName.Equals(BuildProps, StringComparison.OrdinalIgnoreCase) || fileName.Equals(BuildTargets, StringComparison.OrdinalIgnoreCase);

    public static bool IsProject(string fileName) =>
        fileName.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads every project not in <paramref name="skipped"/> (those whose restored graph is read from a lockfile).</summary>
    public static ProjectFileReading Read(IReadOnlyList<FoundLockfile> files, Func<FoundLockfile, bool> skipped)
    {
        var documents = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        var errors = new Dictionary<string, InputError>(StringComparer.Ordinal);
        XDocument? Load(FoundLockfile f)
        {
            if (documents.TryGetValue(f.Path, out var cached)) return cached;
            if (errors.ContainsKey(f.Path) || f.Text is null) return null;
            try
            {
                return documents[f.Path] = XmlManifests.Load(f.Text);
            }
            catch (ManifestParseException ex)
            {
                errors[f.Path] = new InputError(f.Path, ex.Message);
                return null;
            }
        }

        var pinned = new List<(string Source, ResolvedPackage Package)>();
        var unresolved = new List<UnresolvedReference>();
        var projects = files.Where(f => IsProject(f.FileName) && f.Text is not null && !skipped(f)).ToList();
        foreach (var project in projects)
        {
            var layers = new List<(FoundLockfile File, XDocument Doc)>();
            foreach (var file in new[] { Nearest(files, project.Folder, BuildProps), Nearest(files, project.Folder, PackagesProps), project, Nearest(files, project.Folder, BuildTargets) })
            {
                if (file is not null && Load(file) is { } doc) layers.Add((file, doc));
            }

            if (!documents.ContainsKey(project.Path)) continue;
            var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (_, doc) in layers)
            {
                foreach (var p in doc.Root!.Elements().Where(e => e.Name.LocalName == "PropertyGroup").SelectMany(g => g.Elements()))
                {
                    properties[p.Name.LocalName] = Expand(p.Value.Trim(), properties);
                }
            }

            var central = string.Equals(properties.GetValueOrDefault("ManagePackageVersionsCentrally"), "true", StringComparison.OrdinalIgnoreCase);
            var centralVersions = new Dictionary<string, (string Version, string Source)>(StringComparer.OrdinalIgnoreCase);
            var references = new Dictionary<string, Reference>(StringComparer.OrdinalIgnoreCase);
            foreach (var (file, doc) in layers)
            {
                foreach (var item in doc.Root!.Elements().Where(e => e.Name.LocalName == "ItemGroup").SelectMany(g => g.Elements()))
                {
                    var version = Metadata(item, "Version") is { } v ? Expand(v, properties) : null;
                    switch (item.Name.LocalName)
                    {
                        case "PackageVersion" when central:
                            foreach (var name in Names(item, "Include", properties).Concat(Names(item, "Update", properties)))
                            {
                                if (version is not null) centralVersions[name] = (version, file.Path);
                            }

                            break;
                        case "GlobalPackageReference" when central:
                            foreach (var name in Names(item, "Include", properties))
                            {
                                references[name] = new Reference(name, version, file.Path, Global: true);
                            }

                            break;
                        case "PackageReference":
                            var overriding = Metadata(item, "VersionOverride") is { } o ? Expand(o, properties) : null;
                            foreach (var name in Names(item, "Include", properties))
                            {
                                references[name] = new Reference(name, overriding ?? version, file.Path, Global: false) { Explicit = overriding is not null || version is not null };
                            }

                            foreach (var name in Names(item, "Update", properties))
                            {
                                if (references.TryGetValue(name, out var existing) && (overriding ?? version) is { } updated)
                                {
                                    references[name] = existing with { Version = updated, Source = file.Path, Explicit = true };
                                }
                            }

                            break;
                    }
                }
            }

            foreach (var reference in references.Values)
            {
                // Under central management a reference without its own version (or VersionOverride) takes the central one.
                var (spec, source) = central && !reference.Explicit && !reference.Global && centralVersions.TryGetValue(reference.Name, out var c)
                    ? (c.Version, c.Source)
                    : (reference.Version, reference.Source);
                var pin = NuGetVersionSpec.Resolve(spec);
                if (pin.Version is { } resolved)
                {
                    pinned.Add((source, new ResolvedPackage(Ecosystems.NuGet, reference.Name, resolved, true)));
                }
                else
                {
                    unresolved.Add(new UnresolvedReference(source, reference.Name, pin.Reason!));
                }
            }
        }

        var sources = pinned
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .Select(g => new ProjectFileSource(g.Key, LockfileJson.Dedupe(g.Select(p => p.Package))))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
        var distinctUnresolved = unresolved.DistinctBy(u => (u.Source, u.Name.ToLowerInvariant())).ToList();
        return new ProjectFileReading(sources, distinctUnresolved, [.. errors.Values.OrderBy(e => e.Source, StringComparer.Ordinal)]);
    }

    /// <summary>MSBuild imports the first Directory.*.props/.targets found walking up from the project's folder.</summary>
    private static FoundLockfile? Nearest(IReadOnlyList<FoundLockfile> files, string folder, string name)
    {
        var current = folder;
        while (true)
        {
            var here = current;
            if (files.FirstOrDefault(f => f.Folder == here && f.FileName.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } found) return found;
            if (current.Length == 0) return null;
            var slash = current.LastIndexOf('/');
            current = slash < 0 ? string.Empty : current[..slash];
        }
    }

    /// <summary>Item metadata may be written as an attribute or as a child element, in any case.</summary>
    private static string? Metadata(XElement item, string name) =>
        item.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim()
        ?? item.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value.Trim();

    /// <summary>An Include or Update may list several packages separated by semicolons.</summary>
    private static IEnumerable<string> Names(XElement item, string attribute, Dictionary<string, string> properties) =>
        item.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(attribute, StringComparison.OrdinalIgnoreCase)) is { } a
            ? Expand(a.Value, properties).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(n => !n.Contains("$(", StringComparison.Ordinal))
            : [];

    /// <summary>Replaces <c>$(Name)</c> with the property's value; an undefined property is left as written.</summary>
    private static string Expand(string text, Dictionary<string, string> properties) =>
        PropertyReference().Replace(text, m => properties.TryGetValue(m.Groups[1].Value, out var value) && !value.Contains("$(" + m.Groups[1].Value + ")", StringComparison.OrdinalIgnoreCase) ? value : m.Value);

    [GeneratedRegex(@"\$\(\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\)")]
    private static partial Regex PropertyReference();

    private sealed record Reference(string Name, string? Version, string Source, bool Global)
    {
        public bool Explicit { get; init; }
    }
}
