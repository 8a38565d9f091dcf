namespace Plumbline.Reports.Pictures;

/// <summary>A dot with its centre, its radius (smaller in a crowded cell) and how many label characters fit beside it.</summary>
public sealed record PlacedDot(GridDot Dot, double X, double Y, double Radius, int LabelChars);
