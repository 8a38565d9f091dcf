namespace Plumbline.Checks.Repo.Inventory;

/// <summary>What the repository is made of: languages with their lines, and what was left out of the counts.</summary>
/// <param name="Languages">Counted languages, most code first.</param>
/// <param name="Generated">Generated or minified files left out of line counts.</param>
/// <param name="Lockfiles">Lockfiles left out of line counts.</param>
/// <param name="Unrecognised">Text files in no known language.</param>
/// <param name="TotalBytes">Size of every file in scope.</param>
public sealed record Inventory(IReadOnlyList<LanguageStats> Languages, int Generated, int Lockfiles, int Unrecognised, long TotalBytes)
{
    /// <summary>Files whose content is the same as an earlier file's (by path): counted once, as cloc does.</summary>
    public int Duplicates { get; init; }

    /// <summary>The sum over languages.</summary>
    public LineCounts Total => Languages.Aggregate(default(LineCounts), (acc, l) => acc + l.Lines);

    /// <summary>Counts the snapshot's readable files by language, leaving generated files, lockfiles and duplicates out.</summary>
    /// <remarks>The lines were counted while the files were collected (<see cref="TextFacts"/>); this only adds them up.</remarks>
    public static Inventory Of(RepoSnapshot snapshot)
    {
        var generated = 0;
        var lockfiles = 0;
        var unrecognised = 0;
        var duplicates = 0;
        // Identical copies (a vendored file twice, headers installed in two places) are counted once, the first by path.
        var contents = new HashSet<(ulong Hash, int Length)>();
        var counted = new List<(Language Language, LineCounts Lines)>();
        foreach (var f in snapshot.Files)
        {
            if (f.Facts is not { } facts)
            {
                continue;
            }

            if (facts.Length > 0 && !contents.Add((facts.ContentHash, facts.Length)))
            {
                duplicates++;
            }
            else if (FileClassifier.IsLockfile(f.Path))
            {
                lockfiles++;
            }
            else if (FileClassifier.IsGenerated(f))
            {
                generated++;
            }
            else if (facts.Language is null)
            {
                unrecognised++;
            }
            else
            {
                counted.Add((facts.Language, facts.Lines));
            }
        }

        var languages = counted
            .GroupBy(x => x.Language.Name, StringComparer.Ordinal)
            .Select(g => new LanguageStats(g.Key, g.Count(), g.Aggregate(default(LineCounts), (acc, x) => acc + x.Lines), g.First().Language.IsData))
            .OrderByDescending(l => l.Lines.Code)
            .ThenBy(l => l.Language, StringComparer.Ordinal)
            .ToList();
        return new Inventory(languages, generated, lockfiles, unrecognised, snapshot.Files.Sum(f => f.Size)) { Duplicates = duplicates };
    }
}
