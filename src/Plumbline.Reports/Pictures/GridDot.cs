namespace Plumbline.Reports.Pictures;

/// <summary>One thing drawn on a grid picture: the cell it sits in and what it says about itself.</summary>
/// <param name="X">The column level, 1–5 (left to right).</param>
/// <param name="Y">The row level, 1–5 (bottom to top).</param>
/// <param name="CssClass">The class shared with its region (e.g. q-do-now), so styles and tests can find it.</param>
/// <param name="Tone">The colour of the dot.</param>
/// <param name="Number">The priority number printed in the dot, or null for an unnumbered dot.</param>
/// <param name="Label">The short text beside the dot (shortened to fit; escaped when drawn).</param>
/// <param name="Tooltip">The full text of the dot's accessible title (escaped when drawn).</param>
/// <param name="Href">Where the dot links to, or null for no link (escaped when drawn).</param>
/// <param name="Data">Extra data-* attributes, by name without the data- prefix (values escaped when drawn).</param>
public sealed record GridDot(
    int X,
    int Y,
    string CssClass,
    GridTone Tone,
    int? Number,
    string Label,
    string Tooltip,
    string? Href,
    IReadOnlyList<KeyValuePair<string, string>> Data);
