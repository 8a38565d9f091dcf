using System.Text.RegularExpressions;
using System.Xml.Linq;
using Plumbline.Checks.Dependencies;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Maven's <c>pom.xml</c>, read as Maven would build the project's own dependency list, without running Maven
/// or reaching a repository: the <c>dependencies</c> of the project (and of its profiles, whichever is active), versions
/// from <c>${property}</c> references, and versions left out where a <c>dependencyManagement</c> section sets them — the
/// pom's own, its parents' (found by <c>relativePath</c>, default <c>../pom.xml</c>, or among the repository's poms by
/// coordinates) and those of <c>import</c>-scoped BOMs in the repository. Maven has no lockfile, so transitive
/// dependencies are not known and every listed one is direct. A version that comes from outside the repository (a
/// parent such as spring-boot-starter-parent, an external BOM), a range or an undefined property is not guessed: it is
/// an unresolved reference with the reason.</summary>
internal static partial class MavenPoms
{
    public const string Kind = "Maven pom.xml";

    public static bool Reads(string fileName) => fileName == "pom.xml";

    public static ProjectFileReading Read(IReadOnlyList<FoundLockfile> files)
    {
        var poms = new Dictionary<string, Pom>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        foreach (var file in files.Where(f => Reads(f.FileName) && f.Text is not null))
        {
            try
            {
                var root = XmlManifests.Load(file.Text!).Root;
                if (root?.Name.LocalName != "project")
                {
                    errors.Add(new InputError(file.Path, "the root element is not <project>; is this a Maven pom?"));
                    continue;
                }

                poms[file.Path] = new Pom(file.Path, root);
            }
            catch (ManifestParseException ex)
            {
                errors.Add(new InputError(file.Path, ex.Message));
            }
        }

        var byCoordinates = poms.Values.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pinned = new List<(string Source, ResolvedPackage Package)>();
        var unresolved = new List<UnresolvedReference>();
        foreach (var pom in poms.Values)
        {
            var model = new Model(pom, poms, byCoordinates);
            foreach (var dependency in pom.Dependencies())
            {
                var name = $"{model.Expand(dependency.GroupId)}:{model.Expand(dependency.ArtifactId)}";
                if (name.Contains("${", StringComparison.Ordinal))
                {
                    unresolved.Add(new UnresolvedReference(pom.Path, name, "the coordinates use a property that is not defined in the repository"));
                    continue;
                }

                var (version, reason) = dependency.Version is { } written ? Check(model.Expand(written)) : model.Managed(name);
                if (version is not null) pinned.Add((pom.Path, new ResolvedPackage(Ecosystems.Maven, name, version, true)));
                else unresolved.Add(new UnresolvedReference(pom.Path, name, reason!));
            }
        }

        var sources = pinned
            .GroupBy(p => p.Source, StringComparer.Ordinal)
            .Select(g => new ProjectFileSource(g.Key, LockfileJson.Dedupe(g.Select(p => p.Package))))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();
        return new ProjectFileReading(sources, [.. unresolved.DistinctBy(u => (u.Source, u.Name))], [.. errors.OrderBy(e => e.Source, StringComparer.Ordinal)]);
    }

    /// <summary>A written version is checked only when it is one version: ranges and leftover properties are not.</summary>
    private static (string? Version, string? Reason) Check(string version) =>
        version.Contains("${", StringComparison.Ordinal) ? (null, $"the version {version} uses a property that is not defined in the repository")
        : version.Length == 0 ? (null, "the version is empty")
        : version.IndexOfAny(['[', '(', ',']) >= 0 ? (null, $"the version is the range {version}; Maven picks the newest version in it when it builds")
        : (version, null);

    /// <summary>One pom as written.</summary>
    private sealed class Pom(string path, XElement root)
    {
        public string Path { get; } = path;

        public string Folder { get; } = path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : string.Empty;

        public XElement Root { get; } = root;

        public XElement? Parent { get; } = Child(root, "parent");

        /// <summary><c>groupId:artifactId</c>; the group is inherited from the parent when not written.</summary>
        public string Key => $"{Text(Root, "groupId") ?? (Parent is null ? null : Text(Parent, "groupId"))}:{Text(Root, "artifactId")}";

        public IEnumerable<XElement> Properties() => Child(Root, "properties")?.Elements() ?? [];

        public IEnumerable<Declared> Dependencies()
        {
            var sections = new[] { Root }.Concat(Child(Root, "profiles")?.Elements().Where(e => e.Name.LocalName == "profile") ?? []);
            return sections.SelectMany(s => Declared(Child(s, "dependencies")));
        }

        public IEnumerable<Declared> Managed() => Declared(Child(Child(Root, "dependencyManagement"), "dependencies"));

        private static IEnumerable<Declared> Declared(XElement? dependencies) =>
            dependencies?.Elements().Where(e => e.Name.LocalName == "dependency")
                .Select(d => new Declared(Text(d, "groupId") ?? string.Empty, Text(d, "artifactId") ?? string.Empty, Text(d, "version"), Text(d, "scope"), Text(d, "type")))
            ?? [];
    }

    private sealed record Declared(string GroupId, string ArtifactId, string? Version, string? Scope, string? Type)
    {
        public bool IsImport => Scope == "import" && Type == "pom";
    }

    /// <summary>A pom with what it inherits: its chain of parents in the repository, their merged properties, and where
    /// the chain leaves the repository.</summary>
    private sealed class Model
    {
        private const int MaxDepth = 16;
        private readonly List<Pom> _chain = [];
        private readonly Dictionary<string, string> _properties = new(StringComparer.Ordinal);
        private readonly IReadOnlyDictionary<string, Pom> _byCoordinates;
        private readonly string? _outside;

        public Model(Pom pom, IReadOnlyDictionary<string, Pom> byPath, IReadOnlyDictionary<string, Pom> byCoordinates)
        {
            _byCoordinates = byCoordinates;
            var current = pom;
            while (current is not null && _chain.Count < MaxDepth && !_chain.Contains(current))
            {
                _chain.Add(current);
                if (current.Parent is not { } parent) break;
                var next = FindParent(current, parent, byPath, byCoordinates);
                if (next is null)
                {
                    _outside = $"{Text(parent, "groupId")}:{Text(parent, "artifactId")}:{Text(parent, "version")}";
                }

                current = next;
            }

            // Farthest parent first, so a child's property wins over its parent's.
            foreach (var p in Enumerable.Reverse(_chain))
            {
                foreach (var property in p.Properties()) _properties[property.Name.LocalName] = property.Value.Trim();
            }

            var self = _chain[0];
            var version = Text(self.Root, "version") ?? (self.Parent is null ? null : Text(self.Parent, "version"));
            foreach (var prefix in new[] { "project.", "pom.", string.Empty })
            {
                if (version is not null) _properties[prefix + "version"] = version;
                _properties[prefix + "groupId"] = self.Key.Split(':')[0];
                _properties[prefix + "artifactId"] = Text(self.Root, "artifactId") ?? string.Empty;
            }

            if (self.Parent is { } p0 && Text(p0, "version") is { } parentVersion) _properties["project.parent.version"] = parentVersion;
        }

        /// <summary>Replaces <c>${name}</c> with the property's value, a few times over for properties built from others.</summary>
        public string Expand(string text)
        {
            for (var i = 0; i < 8 && text.Contains("${", StringComparison.Ordinal); i++)
            {
                var expanded = PropertyReference().Replace(text, m => _properties.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
                if (expanded == text) break;
                text = expanded;
            }

            return text.Trim();
        }

        /// <summary>The version a dependencyManagement section in the chain (or a BOM it imports from the repository) sets.</summary>
        public (string? Version, string? Reason) Managed(string name)
        {
            var externalBoms = new List<string>();
            foreach (var pom in _chain)
            {
                foreach (var managed in pom.Managed())
                {
                    var key = $"{Expand(managed.GroupId)}:{Expand(managed.ArtifactId)}";
                    if (managed.IsImport)
                    {
                        var bom = _byCoordinates.GetValueOrDefault(key);
                        var found = bom is null ? null : new Model(bom, new Dictionary<string, Pom>(), _byCoordinates).ManagedHere(name);
                        if (found is not null) return Check(found);
                        if (bom is null) externalBoms.Add($"{key}:{(managed.Version is { } v ? Expand(v) : "?")}");
                        continue;
                    }

                    if (key == name && managed.Version is { } version) return Check(Expand(version));
                }
            }

            var from = new List<string>();
            if (_outside is not null) from.Add($"the parent {_outside}");
            from.AddRange(externalBoms.Select(b => $"the BOM {b}"));
            return (null, from.Count > 0
                ? $"the version is managed outside the repository, by {string.Join(" or ", from)}"
                : "no version is given and no dependencyManagement in the repository sets one");
        }

        private string? ManagedHere(string name) =>
            _chain[0].Managed().Where(m => !m.IsImport && $"{Expand(m.GroupId)}:{Expand(m.ArtifactId)}" == name && m.Version is not null)
                .Select(m => Expand(m.Version!)).FirstOrDefault();

        private static Pom? FindParent(Pom child, XElement parent, IReadOnlyDictionary<string, Pom> byPath, IReadOnlyDictionary<string, Pom> byCoordinates)
        {
            var key = $"{Text(parent, "groupId")}:{Text(parent, "artifactId")}";
            var relative = Child(parent, "relativePath") is { } r ? r.Value.Trim() : "../pom.xml";
            if (relative.Length > 0)
            {
                var path = Resolve(child.Folder, relative.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? relative : relative.TrimEnd('/') + "/pom.xml");
                if (path is not null && byPath.TryGetValue(path, out var atPath) && atPath.Key == key) return atPath;
            }

            return byCoordinates.GetValueOrDefault(key);
        }

        private static string? Resolve(string folder, string relative)
        {
            var parts = folder.Length == 0 ? new List<string>() : [.. folder.Split('/')];
            foreach (var part in relative.Replace('\\', '/').Split('/'))
            {
                if (part is "" or ".") continue;
                if (part == "..")
                {
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                }
                else
                {
                    parts.Add(part);
                }
            }

            return string.Join('/', parts);
        }
    }

    private static XElement? Child(XElement? element, string name) => element?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static string? Text(XElement element, string name) => Child(element, name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex PropertyReference();
}
