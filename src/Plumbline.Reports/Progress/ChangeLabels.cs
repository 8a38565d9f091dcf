namespace Plumbline.Reports.Progress;

/// <summary>The words and keys every format uses for a <see cref="FindingChange"/>.</summary>
public static class ChangeLabels
{
    /// <summary>The order changes are shown in: what needs attention first.</summary>
    public static IReadOnlyList<FindingChange> Order { get; } =
        [FindingChange.Regressed, FindingChange.New, FindingChange.Fixed, FindingChange.StillOpen, FindingChange.NotRechecked];

    /// <summary>A change's place in <see cref="Order"/>.</summary>
    public static int Rank(this FindingChange change) => Order.Select((c, i) => (c, i)).First(x => x.c == change).i;

    /// <summary>"Fixed", "New", "Still open", "Regressed", "Not rechecked".</summary>
    public static string Label(this FindingChange change) => change switch
    {
        FindingChange.Fixed => "Fixed",
        FindingChange.New => "New",
        FindingChange.StillOpen => "Still open",
        FindingChange.Regressed => "Regressed",
        FindingChange.NotRechecked => "Not rechecked",
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };

    /// <summary>The JSON and CSV key: <c>fixed</c>, <c>new</c>, <c>stillOpen</c>, <c>regressed</c>, <c>notRechecked</c>.</summary>
    public static string Key(this FindingChange change) => change switch
    {
        FindingChange.Fixed => "fixed",
        FindingChange.New => "new",
        FindingChange.StillOpen => "stillOpen",
        FindingChange.Regressed => "regressed",
        FindingChange.NotRechecked => "notRechecked",
        _ => throw new ArgumentOutOfRangeException(nameof(change)),
    };

    /// <summary>One line for a reader: "2 fixed, 1 new, 5 still open".</summary>
    public static string Headline(ReportComparison c)
    {
        var parts = Order.Select(ch => (ch, n: c.Count(ch))).Where(p => p.n > 0 || p.ch is FindingChange.Fixed or FindingChange.New)
            .Select(p => $"{p.n} {p.ch.Label().ToLowerInvariant()}");
        return string.Join(", ", parts);
    }
}
