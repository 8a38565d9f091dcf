namespace Plumbline.Reports.Progress;

/// <summary>One line of a trend chart: a name, a colour, and a value per point in time (null where it was not measured).</summary>
public sealed record TrendSeries(string Name, string Colour, IReadOnlyList<int?> Values);
