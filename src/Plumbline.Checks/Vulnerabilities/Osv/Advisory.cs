namespace Plumbline.Checks.Vulnerabilities.Osv;

/// <summary>One OSV advisory, reduced to what matching and reporting need.</summary>
/// <param name="Id">The OSV id (GHSA-..., PYSEC-..., RUSTSEC-..., GO-...).</param>
/// <param name="Aliases">Other ids for the same problem (CVE-..., GHSA-...).</param>
/// <param name="Summary">A one-line summary, when the advisory has one.</param>
/// <param name="Severity">The severity worked out at import (CVSS v3 base score when given, else the database's own label).</param>
/// <param name="Affected">The affected packages, with ranges and explicit version lists.</param>
public sealed record Advisory(
    string Id,
    IReadOnlyList<string> Aliases,
    string? Summary,
    AdvisorySeverity Severity,
    IReadOnlyList<AffectedPackage> Affected);

/// <summary>How severe an advisory is and where that came from.</summary>
/// <param name="Level">Plumbline's severity.</param>
/// <param name="Score">The CVSS base score when a v3 vector was given.</param>
/// <param name="Vector">The CVSS vector, when given.</param>
/// <param name="Source">"CVSS 3.1 base score", "database severity" or "unrated".</param>
public sealed record AdvisorySeverity(Plumbline.Core.Findings.Severity Level, double? Score, string? Vector, string Source);

/// <summary>One package an advisory affects.</summary>
public sealed record AffectedPackage(string Ecosystem, string Name, IReadOnlyList<AffectedRange> Ranges, IReadOnlyList<string> Versions);

/// <summary>An OSV range: SEMVER or ECOSYSTEM (GIT ranges are dropped at import: they name commits, not versions).</summary>
public sealed record AffectedRange(string Type, IReadOnlyList<RangeEvent> Events);

/// <summary>An event in a range: introduced, fixed, last_affected or limit, at a version.</summary>
public sealed record RangeEvent(RangeEventKind Kind, string Version);

/// <summary>The kinds of OSV range events.</summary>
public enum RangeEventKind
{
    Introduced,
    Fixed,
    LastAffected,
    Limit,
}
