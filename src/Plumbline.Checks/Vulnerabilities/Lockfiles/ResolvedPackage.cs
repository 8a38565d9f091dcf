namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>A package version a lockfile resolved.</summary>
/// <param name="Ecosystem">The OSV ecosystem (<c>npm</c>, <c>PyPI</c>, ...).</param>
/// <param name="Name">The package name as the ecosystem writes it (<c>@scope/name</c>, <c>group:artifact</c>, a Go module path).</param>
/// <param name="Version">The resolved version.</param>
/// <param name="Direct">True for a dependency the project declares itself, false for one pulled in by another, null when the lockfile does not say.</param>
public sealed record ResolvedPackage(string Ecosystem, string Name, string Version, bool? Direct);
