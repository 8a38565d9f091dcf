namespace Plumbline.Reports.Pictures;

/// <summary>One of the four shaded regions of a grid picture, chosen by which bands it covers.</summary>
/// <param name="Key">A stable name written as data-quadrant (e.g. DoNow, Invest).</param>
/// <param name="Label">The words shown in the region's corner.</param>
/// <param name="CssClass">The class shared with the dots in the region (e.g. q-do-now).</param>
/// <param name="Tone">The colour of the region's tint and label.</param>
/// <param name="HighX">True for the right-hand band (from the x axis' HighFrom).</param>
/// <param name="HighY">True for the upper band (from the y axis' HighFrom).</param>
public sealed record GridRegion(string Key, string Label, string CssClass, GridTone Tone, bool HighX, bool HighY);
