namespace Plumbline.Checks.Dependencies;

/// <summary>A direct dependency declared in a manifest.</summary>
/// <param name="Name">The package name as the ecosystem spells it.</param>
/// <param name="Version">The version or range as written; null when none is given.</param>
/// <param name="Development">True for development-only dependencies (devDependencies, dev-dependencies, test scopes).</param>
/// <param name="Line">The 1-based line it is declared on, when known.</param>
public sealed record Dependency(string Name, string? Version, bool Development, int? Line = null);
