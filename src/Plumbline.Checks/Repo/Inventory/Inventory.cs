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
        // By language name, in a class: grouping tuples with LINQ compiled a few dozen generic methods on first use.
        var counted = new Dictionary<string, Tally>(StringComparer.Ordinal);
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
                var tally = counted.TryGetValue(facts.Language.Name, out var t) ? t : counted[facts.Language.Name] = new Tally(facts.Language);
                tally.Files++;
                tally.Lines += facts.Lines;
            }
        }

        var languages = counted.Values.Select(t => new LanguageStats(t.Language.Name, t.Files, t.Lines, t.Language.IsData)).ToList();
        languages.Sort((a, b) => a.Lines.Code != b.Lines.Code ? b.Lines.Code.CompareTo(a.Lines.Code) : string.CompareOrdinal(a.Language, b.Language));
        return new Inventory(languages, generated, lockfiles, unrecognised, snapshot.Files.Sum(f => f.Size)) { Duplicates = duplicates };
    }

    private sealed class Tally(Language language)
    {
        public Language Language { get; } = language;

        public int Files { get; set; }

        public LineCounts Lines { get; set; }
    }
}
