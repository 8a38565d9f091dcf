namespace Plumbline.Checks.History;

/// <summary>The truck factor as Avelino et al. compute it (ICPC 2016, §II-C, Algorithm 1): remove the top author, then
/// the next, while the files still covered — those with at least one author left — are 50% or more of all files.</summary>
/// <remarks>Coverage counts every file analysed, including files nobody qualifies as author of (they are never
/// covered). The loop stops as soon as coverage falls below 50%, i.e. once more than half the files are orphaned; the
/// number of authors removed is the truck factor (0 when coverage is under 50% from the start). The top author is the
/// one authoring most files; removing someone does not change anyone else's count, so ranking once is the same as
/// re-ranking each round. The paper leaves ties open: here they go by name, for stable reports.</remarks>
internal static class TruckFactor
{
    /// <summary>Coverage under which the system is in trouble.</summary>
    public const double CoverageThreshold = 0.5;

    /// <summary>The truck factor and the people whose departure it counts, in the order removed.</summary>
    /// <param name="fileAuthors">For each file analysed, its authors (possibly none).</param>
    /// <param name="tieBreak">Orders people with the same number of files (by name, for stable reports).</param>
    public static (int Value, IReadOnlyList<int> People) Compute(IEnumerable<IReadOnlyList<int>> fileAuthors, Func<int, string> tieBreak)
    {
        var files = fileAuthors.ToList();
        var ranking = files.SelectMany(a => a).GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => tieBreak(g.Key), StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var removed = new HashSet<int>();
        foreach (var person in ranking)
        {
            var covered = files.Count(a => a.Any(p => !removed.Contains(p)));
            if (covered < CoverageThreshold * files.Count)
            {
                break;
            }

            removed.Add(person);
        }

        var order = ranking.Take(removed.Count).ToList();
        return (order.Count, order);
    }
}
