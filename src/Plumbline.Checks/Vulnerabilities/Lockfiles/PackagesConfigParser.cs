using System.Xml;
using System.Xml.Linq;
using Plumbline.Checks.Dependencies;
using Plumbline.Checks.Vulnerabilities.Versions;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>The .NET Framework <c>packages.config</c>: one <c>&lt;package id version&gt;</c> per installed package. The
/// file lists the whole flattened graph without saying which packages the project asked for, so direct is unknown.</summary>
public sealed class PackagesConfigParser : ILockfileParser
{
    public string Kind => "packages.config";

    public string Ecosystem => Ecosystems.NuGet;

    public bool Matches(string fileName) => fileName.Equals("packages.config", StringComparison.OrdinalIgnoreCase);

    public ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source)
    {
        XDocument doc;
        try
        {
            doc = XmlManifests.Load(text);
        }
        catch (ManifestParseException ex)
        {
            return LockfileJson.Shape(source, ex.Message);
        }

        if (doc.Root?.Name.LocalName != "packages") return LockfileJson.Shape(source, "the root element is not <packages>; is this a NuGet packages.config?");
        var list = new List<ResolvedPackage>();
        foreach (var e in doc.Root.Elements().Where(e => e.Name.LocalName == "package"))
        {
            var id = ((string?)e.Attribute("id"))?.Trim();
            var version = (string?)e.Attribute("version") is { } v ? NuGetVersionSpec.Normalise(v) : null;
            if (string.IsNullOrEmpty(id) || version is null)
            {
                return ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, "a <package> needs an 'id' and a NuGet 'version'", ((IXmlLineInfo)e).LineNumber));
            }

            list.Add(new ResolvedPackage(Ecosystem, id, version, null));
        }

        return LockfileJson.Ok(list);
    }
}
