using Plumbline.Core.Scales;
using Plumbline.Reports.Model;
using Plumbline.Reports.Pictures;

namespace Plumbline.Reports.Writers.Html;

/// <summary>The report's colours: one restrained tone per quadrant and a distinct, muted colour per phase.</summary>
internal static class Palette
{
    /// <summary>The strong colour of a tone (dots, region labels).</summary>
    public static string Tone(GridTone tone) => tone switch
    {
        GridTone.Red => "#b42318",
        GridTone.Amber => "#b54708",
        GridTone.Green => "#067647",
        _ => "#475467",
    };

    /// <summary>The light tint of a tone (grid regions).</summary>
    public static string ToneTint(GridTone tone) => tone switch
    {
        GridTone.Red => "#fdf0ee",
        GridTone.Amber => "#fdf5ea",
        GridTone.Green => "#edf7f1",
        _ => "#f3f4f6",
    };

    /// <summary>The colour of a roadmap phase; neighbours in phase order are easy to tell apart.</summary>
    public static string Phase(Phase phase) => phase switch
    {
        Core.Scales.Phase.ImmediateFixes => "#d1495b",
        Core.Scales.Phase.RiskReduction => "#e8871e",
        Core.Scales.Phase.FirstUsefulAutomation => "#3d6fb6",
        Core.Scales.Phase.SecurityBasics => "#8e5ea2",
        Core.Scales.Phase.DataCleanup => "#2a9d8f",
        Core.Scales.Phase.Integrations => "#5b8c3a",
        Core.Scales.Phase.Mvp => "#c9a227",
        _ => "#8d6e63",
    };

    /// <summary>The CSS class of a quadrant.</summary>
    public static string QuadrantClass(Quadrant q) => "q-" + ReportLabels.Key(q);
}
