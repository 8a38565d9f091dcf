using Plumbline.Core.Items;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Audit;

/// <summary>A target's <c>plumbline.yml</c>: paths to skip, checks to turn off, re-rated recommendations,
/// and one section per area (secrets, history, vulnerabilities, ...) that the area reads itself.</summary>
public sealed record AuditConfig
{
    /// <summary>The empty configuration.</summary>
    public static AuditConfig Empty { get; } = new();

    /// <summary>Glob patterns (relative, forward slashes; <c>**</c> and <c>*</c>) of paths to leave out.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Check ids not to run.</summary>
    public IReadOnlySet<string> DisabledChecks { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Re-rated recommendations by id.</summary>
    public IReadOnlyDictionary<string, Rating> Ratings { get; init; } = new Dictionary<string, Rating>(StringComparer.Ordinal);

    /// <summary>Area sections by name, read by the area that owns them.</summary>
    public IReadOnlyDictionary<string, YamlMappingNode> Sections { get; init; } = new Dictionary<string, YamlMappingNode>(StringComparer.Ordinal);

    /// <summary>The file the configuration came from, for errors in sections.</summary>
    public string Source { get; init; } = "plumbline.yml";
}
