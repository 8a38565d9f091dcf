using Plumbline.Checks.Repo.Docs;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Hygiene;

/// <summary>Are real .env files kept out of the repository (examples are fine)?</summary>
public sealed class NoCommittedEnvFiles : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("NoCommittedEnvFiles", "Are .env files with real settings kept out of the repository?", "repo", "remove-committed-secret-files");

    /// <summary>True for a .env file that is not an example or template.</summary>
    public static bool IsRealEnvFile(string name) =>
        (name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".env", StringComparison.OrdinalIgnoreCase) && name.Length > 4)
        && !HasEnvExample.IsExampleName(name);

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var env = snapshot.Files.Where(f => f.Kind != FileKind.Symlink && IsRealEnvFile(f.Name)).ToList();
        foreach (var f in env)
        {
            // Only the path is reported: the file's values never leave it.
            yield return RepoFindings.Fail(Descriptor, Severity.High, $"{f.Path} is committed: environment files usually hold passwords and keys, and anyone with the repository has them.", f.Path);
        }

        if (env.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, "No .env files with real settings are committed.");
        }
    }
}
