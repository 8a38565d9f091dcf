using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Reads the resolved versions out of one kind of lockfile. Pure: text in, packages or errors out.</summary>
public interface ILockfileParser
{
    /// <summary>The lockfile kind shown in reports: <c>package-lock.json</c>, <c>yarn.lock</c>, ...</summary>
    string Kind { get; }

    /// <summary>The ecosystem the packages belong to.</summary>
    string Ecosystem { get; }

    /// <summary>True when a file with this name (no folder) is this kind of lockfile.</summary>
    bool Matches(string fileName);

    /// <summary>The resolved packages; a malformed file is a failure naming <paramref name="source"/> and, where known, the line.</summary>
    ParseResult<IReadOnlyList<ResolvedPackage>> Parse(string text, string source);
}
