using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Practices;

/// <summary>Are very large files kept out of git (or in Git LFS)?</summary>
public sealed class NoVeryLargeFiles : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("NoVeryLargeFiles", "Are very large files kept out of git?", "repo", "move-large-files-out-of-git");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var limit = snapshot.Settings.LargeFileBytes;
        var large = snapshot.Files.Where(f => f.Kind != FileKind.Symlink && f.Size >= limit).OrderByDescending(f => f.Size).ToList();
        var mib = (limit / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture);
        if (large.Count == 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"No file is {mib} MiB or larger.");
            yield break;
        }

        foreach (var f in large)
        {
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Low,
                $"{f.Path} is {(f.Size / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)} MiB; large files slow every clone and stay in history forever.",
                f.Path);
        }
    }
}
