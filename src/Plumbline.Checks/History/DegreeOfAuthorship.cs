namespace Plumbline.Checks.History;

/// <summary>The degree-of-authorship model of Fritz et al., as Avelino et al. (ICPC 2016, §II-B) use it for truck
/// factors: DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC).</summary>
/// <remarks>FA is 1 for the developer who created the file. DL counts the developer's changes to it and AC everyone
/// else's; the creating commit is the FA term, not a delivery, so DL and AC count the later changes only. A developer
/// is an author when the DOA divided by the file's highest DOA (the normalised DOA) is above 0.75 and the absolute
/// DOA is at least 3.293.</remarks>
internal static class DegreeOfAuthorship
{
    /// <summary>The model's constant; an author needs at least this absolute DOA.</summary>
    public const double Threshold = 3.293;

    /// <summary>An author needs a DOA above this fraction of the file's highest DOA.</summary>
    public const double NormalisedThreshold = 0.75;

    /// <summary>The DOA of one developer on one file.</summary>
    /// <param name="firstAuthor">They created the file (FA).</param>
    /// <param name="deliveries">Their changes to the file after its creation (DL).</param>
    /// <param name="acceptances">Everyone else's changes to the file after its creation (AC).</param>
    public static double Of(bool firstAuthor, int deliveries, int acceptances) =>
        Threshold + (1.098 * (firstAuthor ? 1 : 0)) + (0.164 * deliveries) - (0.321 * Math.Log(1 + acceptances));

    /// <summary>The authors of a file, highest DOA first.</summary>
    /// <param name="deliveriesByPerson">Each person's changes after the creating commit (DL), zero allowed.</param>
    /// <param name="creator">The person whose commit created the file, or -1 when that commit was not read.</param>
    public static IReadOnlyList<(int Person, double Doa)> Authors(IReadOnlyDictionary<int, int> deliveriesByPerson, int creator)
    {
        var total = deliveriesByPerson.Values.Sum();
        var doas = deliveriesByPerson.Keys.Append(creator).Where(p => p >= 0).Distinct()
            .Select(p =>
            {
                var dl = deliveriesByPerson.GetValueOrDefault(p);
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

    /// <summary>Deliveries per person from commits per person: the creator's creating commit is taken out (it is FA).</summary>
    public static Dictionary<int, int> Deliveries(IReadOnlyDictionary<int, int> commitsByPerson, int creator)
    {
        var deliveries = new Dictionary<int, int>(commitsByPerson);
        if (creator >= 0 && deliveries.TryGetValue(creator, out var n) && n > 0)
        {
            deliveries[creator] = n - 1;
        }

        return deliveries;
    }
}
