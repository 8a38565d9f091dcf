namespace Plumbline.Reports.Pictures;

/// <summary>Everything a 5×5 grid picture (the impact–effort matrix, the portfolio) shows, before any geometry.</summary>
/// <param name="CssClass">The SVG's own class (matrix, portfolio); its title id is derived from it.</param>
/// <param name="Title">The accessible title of the whole picture.</param>
/// <param name="X">The horizontal axis.</param>
/// <param name="Y">The vertical axis (level 5 at the top).</param>
/// <param name="Regions">The four regions; which bands each covers picks its rectangle.</param>
/// <param name="Dots">The dots, in the order they stack within a cell.</param>
public sealed record GridPicture(
    string CssClass,
    string Title,
    GridAxis X,
    GridAxis Y,
    IReadOnlyList<GridRegion> Regions,
    IReadOnlyList<GridDot> Dots);
