namespace Plumbline.Reports.Pictures;

/// <summary>An axis-aligned rectangle in SVG user units.</summary>
public readonly record struct GridRect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    /// <summary>Whether a circle lies wholly inside the rectangle.</summary>
    public bool Holds(double cx, double cy, double radius) =>
        cx - radius >= X && cx + radius <= Right && cy - radius >= Y && cy + radius <= Bottom;

    /// <summary>Whether the two rectangles share any area (touching edges do not count).</summary>
    public bool Overlaps(GridRect other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;
}
