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
    public static Inventory Of(RepoSnapshot snapshot)
    {
        var generated = 0;
        var lockfiles = 0;
        var unrecognised = 0;
        // Identical copies (a vendored file twice, headers installed in two places) are counted once, the first by path.
        var contents = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = 0;
        var unique = new List<RepoFile>();
        foreach (var f in snapshot.Files)
        {
            if (!f.HasText)
            {
                continue;
            }

            if (f.Text!.Length > 0 && !contents.Add(f.Text))
            {
                duplicates++;
                continue;
            }

            unique.Add(f);
        }

        var counted = unique
            .AsParallel()
            .Select(f =>
            {
                if (FileClassifier.IsLockfile(f.Path))
                {
                    Interlocked.Increment(ref lockfiles);
                    return null;
                }

                if (FileClassifier.IsGenerated(f))
                {
                    Interlocked.Increment(ref generated);
                    return null;
                }

                var language = Repo.Inventory.Languages.Detect(f.Name, f.Text);
                if (language is null)
                {
                    Interlocked.Increment(ref unrecognised);
                    return null;
                }

                return new { language, lines = LineCounter.Count(f.Text!, language) };
            })
            .Where(x => x is not null)
            .ToList();
        var languages = counted
            .GroupBy(x => x!.language.Name, StringComparer.Ordinal)
            .Select(g => new LanguageStats(g.Key, g.Count(), g.Aggregate(default(LineCounts), (acc, x) => acc + x!.lines), g.First()!.language.IsData))
            .OrderByDescending(l => l.Lines.Code)
            .ThenBy(l => l.Language, StringComparer.Ordinal)
            .ToList();
        return new Inventory(languages, generated, lockfiles, unrecognised, snapshot.Files.Sum(f => f.Size)) { Duplicates = duplicates };
    }
}
