using Plumbline.Core.Findings;

namespace Plumbline.Reports.Progress;

/// <summary>Two runs of one target compared by finding fingerprint: fixed, new, still open, regressed.</summary>
/// <remarks>Only failing findings take part: a pass is not a problem that can be fixed. A failing finding that is
/// gone counts as fixed only when the new run decided its check (a Pass, Fail or NotApplicable result of the same
/// check id); otherwise it is <see cref="FindingChange.NotRechecked"/>, so an audit whose secrets scan broke
/// cannot report the leaked keys as fixed. Used by <c>plumb compare</c> and by the web when a run is imported.</remarks>
/// <param name="Target">What both runs looked at (the newer run's name for it).</param>
/// <param name="Before">When the older run was made.</param>
/// <param name="After">When the newer run was made.</param>
/// <param name="Changes">Every failing finding of either run, in the order: regressed, new, fixed, still open, not rechecked.</param>
public sealed record ReportComparison(string Target, DateTimeOffset Before, DateTimeOffset After, IReadOnlyList<ChangedFinding> Changes)
{
    /// <summary>The findings with one kind of change.</summary>
    public IReadOnlyList<Finding> Of(FindingChange change) => [.. Changes.Where(c => c.Change == change).Select(c => c.Finding)];

    /// <summary>How many findings have one kind of change.</summary>
    public int Count(FindingChange change) => Changes.Count(c => c.Change == change);

    /// <summary>Compares two runs.</summary>
    /// <param name="target">What was looked at.</param>
    /// <param name="before">The older run's findings and time.</param>
    /// <param name="after">The newer run's findings and time.</param>
    /// <param name="earlier">Fingerprints of failing findings in runs older than <paramref name="before"/>, so a finding
    /// that was fixed and came back reads as regressed rather than new.</param>
    public static ReportComparison Of(
        string target,
        (IReadOnlyList<Finding> Findings, DateTimeOffset At) before,
        (IReadOnlyList<Finding> Findings, DateTimeOffset At) after,
        IEnumerable<IReadOnlySet<string>>? earlier = null)
    {
        var old = Failing(before.Findings);
        var now = Failing(after.Findings);
        var seenEarlier = new HashSet<string>((earlier ?? []).SelectMany(s => s), StringComparer.Ordinal);
        var decided = after.Findings
            .Where(f => f.Outcome is Outcome.Pass or Outcome.Fail or Outcome.NotApplicable)
            .Select(f => f.CheckId)
            .ToHashSet(StringComparer.Ordinal);

        var changes = new List<ChangedFinding>();
        foreach (var (fingerprint, f) in now)
        {
            var change = old.ContainsKey(fingerprint) ? FindingChange.StillOpen
                : seenEarlier.Contains(fingerprint) ? FindingChange.Regressed
                : FindingChange.New;
            changes.Add(new ChangedFinding(change, f));
        }

        foreach (var (fingerprint, f) in old.Where(o => !now.ContainsKey(o.Key)))
        {
            changes.Add(new ChangedFinding(decided.Contains(f.CheckId) ? FindingChange.Fixed : FindingChange.NotRechecked, f));
        }

        return new ReportComparison(target, before.At, after.At, [.. changes.OrderBy(c => c.Change.Rank())]);
    }

    /// <summary>The failing findings by fingerprint (the first of any duplicates).</summary>
    private static Dictionary<string, Finding> Failing(IReadOnlyList<Finding> findings)
    {
        var byPrint = new Dictionary<string, Finding>(StringComparer.Ordinal);
        foreach (var f in findings.Where(f => f.NeedsAction))
        {
            byPrint.TryAdd(f.Fingerprint, f);
        }

        return byPrint;
    }
}
