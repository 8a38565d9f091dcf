using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>What project files that declare versions themselves (.NET projects, Maven poms) pin, per file that pins it,
/// and what they leave to build time.</summary>
internal sealed record ProjectFileReading(IReadOnlyList<ProjectFileSource> Sources, IReadOnlyList<UnresolvedReference> Unresolved, IReadOnlyList<InputError> Errors);

/// <summary>The packages whose versions one file pins (a project, a parent pom, or the Directory.Packages.props for central versions).</summary>
internal sealed record ProjectFileSource(string Path, IReadOnlyList<ResolvedPackage> Packages);

/// <summary>A package reference whose installed version cannot be known from the files, and why.</summary>
internal sealed record UnresolvedReference(string Source, string Name, string Reason);
