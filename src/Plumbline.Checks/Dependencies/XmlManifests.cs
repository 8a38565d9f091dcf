using System.Xml;
using System.Xml.Linq;

namespace Plumbline.Checks.Dependencies;

/// <summary>MSBuild projects, packages.config, Directory.Packages.props and Maven's pom.xml.</summary>
internal static class XmlManifests
{
    public static XDocument Load(string text)
    {
        try
        {
            // No DTDs, no external entities: the target's files are untrusted.
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new ManifestParseException($"invalid XML at line {ex.LineNumber}: {ex.Message}");
        }
    }

    /// <summary>PackageReference items (Version attribute or child; null when centrally managed).</summary>
    public static List<Dependency> MsBuild(string text, IReadOnlyDictionary<string, string> central)
    {
        var doc = Load(text);
        var result = new List<Dependency>();
        foreach (var e in doc.Descendants().Where(e => e.Name.LocalName == "PackageReference"))
        {
            var name = (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update");
            if (name is null || e.Attribute("Update") is not null)
            {
                continue;
            }

            var version = (string?)e.Attribute("Version") ?? e.Elements().FirstOrDefault(c => c.Name.LocalName == "Version")?.Value
                ?? (string?)e.Attribute("VersionOverride") ?? central.GetValueOrDefault(name);
            var dev = string.Equals((string?)e.Attribute("PrivateAssets"), "all", StringComparison.OrdinalIgnoreCase);
            result.Add(new Dependency(name, version, dev, ((IXmlLineInfo)e).LineNumber));
        }

        return result;
    }

    /// <summary>PackageVersion items of central package management.</summary>
    public static Dictionary<string, string> CentralVersions(string text)
    {
        var doc = Load(text);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in doc.Descendants().Where(e => e.Name.LocalName == "PackageVersion"))
        {
            if ((string?)e.Attribute("Include") is { } name && (string?)e.Attribute("Version") is { } version)
            {
                map[name] = version;
            }
        }

        return map;
    }

    public static List<Dependency> PackagesConfig(string text) =>
        [.. Load(text).Descendants().Where(e => e.Name.LocalName == "package")
            .Select(e => new Dependency((string?)e.Attribute("id") ?? "?", (string?)e.Attribute("version"),
                string.Equals((string?)e.Attribute("developmentDependency"), "true", StringComparison.OrdinalIgnoreCase), ((IXmlLineInfo)e).LineNumber))];

    public static List<Dependency> Pom(string text)
    {
        var doc = Load(text);
        var result = new List<Dependency>();
        // Only <project><dependencies>, not <dependencyManagement> (which pins, it does not depend).
        var project = doc.Root;
        var deps = project?.Elements().FirstOrDefault(e => e.Name.LocalName == "dependencies");
        if (deps is null)
        {
            return result;
        }

        foreach (var d in deps.Elements().Where(e => e.Name.LocalName == "dependency"))
        {
            string? Child(string n) => d.Elements().FirstOrDefault(c => c.Name.LocalName == n)?.Value.Trim();
            var name = $"{Child("groupId")}:{Child("artifactId")}";
            var scope = Child("scope");
            result.Add(new Dependency(name, Child("version"), scope is "test" or "provided", ((IXmlLineInfo)d).LineNumber));
        }

        return result;
    }
}
