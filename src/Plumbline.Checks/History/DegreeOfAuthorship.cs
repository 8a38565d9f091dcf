namespace Plumbline.Checks.History;

/// <summary>The degree-of-authorship model (Fritz et al.; used by Avelino et al. for truck factors):
/// DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC).</summary>
internal static class DegreeOfAuthorship
{
    /// <summary>The model's constant; an author needs at least this absolute DOA.</summary>
    public const double Threshold = 3.293;

    /// <summary>An author needs a DOA above this fraction of the file's highest DOA.</summary>
    public const double NormalisedThreshold = 0.75;

    /// <summary>The DOA of one developer on one file.</summary>
    /// <param name="firstAuthor">They created the file (FA).</param>
    /// <param name="deliveries">Their commits to the file (DL).</param>
    /// <param name="othersDeliveries">Everyone else's commits to the file (AC).</param>
    public static double Of(bool firstAuthor, int deliveries, int othersDeliveries) =>
        Threshold + (1.098 * (firstAuthor ? 1 : 0)) + (0.164 * deliveries) - (0.321 * Math.Log(1 + othersDeliveries));

    /// <summary>The authors of a file, highest DOA first, from commits per person and its creator (-1 if unknown).</summary>
    public static IReadOnlyList<(int Person, double Doa)> Authors(IReadOnlyDictionary<int, int> changesByPerson, int creator)
    {
        var total = changesByPerson.Values.Sum();
        var doas = changesByPerson.Keys.Append(creator).Where(p => p >= 0).Distinct()
            .Select(p =>
            {
                var dl = changesByPerson.GetValueOrDefault(p);
                return (Person: p, Doa: Of(p == creator, dl, total - dl));
            })
            .ToList();
        if (doas.Count == 0)
        {
            return [];
        }

        var max = doas.Max(d => d.Doa);
        return
        [
            .. doas.Where(d => d.Doa / max > NormalisedThreshold && d.Doa >= Threshold)
                .OrderByDescending(d => d.Doa).ThenBy(d => d.Person),
        ];
    }
}
