namespace Plumbline.Checks.History;

/// <summary>The truck factor (Avelino et al., ICPC 2016): how many top authors would have to leave before
/// half the files or more have no author left.</summary>
internal static class TruckFactor
{
    /// <summary>The truck factor and the people whose departure it counts, in the order removed.</summary>
    /// <param name="fileAuthors">For each file, its authors (files without any author are ignored).</param>
    /// <param name="tieBreak">Orders people with the same number of files (by name, for stable reports).</param>
    public static (int Value, IReadOnlyList<int> People) Compute(IEnumerable<IReadOnlyList<int>> fileAuthors, Func<int, string> tieBreak)
    {
        var files = fileAuthors.Where(a => a.Count > 0).ToList();
        if (files.Count == 0)
        {
            return (0, []);
        }

        // Authors ranked once by how many files they author, as in the published algorithm.
        var ranking = files.SelectMany(a => a).GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => tieBreak(g.Key), StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var removed = new HashSet<int>();
        var order = new List<int>();
        foreach (var person in ranking)
        {
            removed.Add(person);
            order.Add(person);
            var orphans = files.Count(a => a.All(removed.Contains));
            if (orphans * 2 >= files.Count)
            {
                break;
            }
        }

        return (order.Count, order);
    }
}
