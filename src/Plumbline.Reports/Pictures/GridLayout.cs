namespace Plumbline.Reports.Pictures;

/// <summary>The geometry every 5×5 grid picture shares: where cells, split lines, regions and dots go.</summary>
/// <remarks>Kept apart from the SVG text so it can be tested as numbers, and so two pictures of the same
/// items land every dot on the same spot whoever draws them.</remarks>
public static class GridLayout
{
    public const int Levels = 5;
    public const double Left = 78;
    public const double Top = 14;
    public const double CellWidth = 132;
    public const double CellHeight = 96;
    public const double PlotWidth = CellWidth * Levels;
    public const double PlotHeight = CellHeight * Levels;
    public const double Width = Left + PlotWidth + 14;
    public const double Height = Top + PlotHeight + 60;

    /// <summary>The radius of a dot when its cell has room; crowded cells shrink it so none overlaps.</summary>
    public const double DotRadius = 8.5;

    // Five dots a column keeps numbers readable; beyond that a cell grows more columns.
    private const int MaxRowsPerColumn = 5;

    /// <summary>The whole plotting area.</summary>
    public static GridRect Plot => new(Left, Top, PlotWidth, PlotHeight);

    /// <summary>The cell of column level <paramref name="x"/> and row level <paramref name="y"/> (both 1–5; 5 at the top).</summary>
    public static GridRect Cell(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(x, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(x, Levels);
        ArgumentOutOfRangeException.ThrowIfLessThan(y, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(y, Levels);
        return new(Left + ((x - 1) * CellWidth), Top + ((Levels - y) * CellHeight), CellWidth, CellHeight);
    }

    /// <summary>The x of the vertical split: the left edge of the first high column.</summary>
    public static double SplitX(GridAxis axis) => Left + ((axis.HighFrom - 1) * CellWidth);

    /// <summary>The y of the horizontal split: the bottom edge of the first high row.</summary>
    public static double SplitY(GridAxis axis) => Top + ((Levels - axis.HighFrom + 1) * CellHeight);

    /// <summary>The rectangle of a region: the high or low band of each axis.</summary>
    public static GridRect Region(GridPicture picture, GridRegion region)
    {
        var splitX = SplitX(picture.X);
        var splitY = SplitY(picture.Y);
        var (x1, x2) = region.HighX ? (splitX, Left + PlotWidth) : (Left, splitX);
        var (y1, y2) = region.HighY ? (Top, splitY) : (splitY, Top + PlotHeight);
        return new(x1, y1, x2 - x1, y2 - y1);
    }

    /// <summary>Places every dot inside its cell: stacked in a column, more columns when many, never overlapping.</summary>
    public static IReadOnlyList<PlacedDot> Place(IReadOnlyList<GridDot> dots)
    {
        var placed = new List<PlacedDot>(dots.Count);
        foreach (var cell in dots.GroupBy(d => (d.X, d.Y)))
        {
            var list = cell.ToList();
            var box = Cell(cell.Key.X, cell.Key.Y);
            var columns = (list.Count + MaxRowsPerColumn - 1) / MaxRowsPerColumn;
            var rows = (list.Count + columns - 1) / columns;
            var columnWidth = CellWidth / columns;
            var spacing = Math.Min(19, (CellHeight - 10) / rows);

            // Neighbours sit a column or a row apart, so a radius under half of both keeps them apart.
            var radius = Math.Min(DotRadius, (Math.Min(columnWidth, spacing) - 1) / 2);
            var pad = Math.Min(4.5, (columnWidth - (2 * radius)) / 2);
            var firstY = box.Y + (CellHeight / 2) - ((rows - 1) * spacing / 2);
            var labelChars = Math.Max(0, (int)Math.Floor((columnWidth - pad - (2 * radius) - 4) / 5.8));
            for (var k = 0; k < list.Count; k++)
            {
                var x = box.X + ((k / rows) * columnWidth) + pad + radius;
                var y = firstY + ((k % rows) * spacing);
                placed.Add(new PlacedDot(list[k], x, y, radius, labelChars));
            }
        }

        return placed;
    }
}
