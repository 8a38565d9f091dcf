using Plumbline.Core.Scales;
using Plumbline.Reports.Model;

namespace Plumbline.Reports.Writers.Html;

/// <summary>The report's colours: one restrained tone per quadrant and a distinct, muted colour per phase.</summary>
internal static class Palette
{
    /// <summary>The strong colour of a quadrant (dots, headings).</summary>
    public static string Quadrant(Quadrant q) => q switch
    {
        Core.Scales.Quadrant.DoNow => "#b42318",
        Core.Scales.Quadrant.PlanAndInvest => "#b54708",
        Core.Scales.Quadrant.QuickWins => "#067647",
        _ => "#475467",
    };

    /// <summary>The light tint of a quadrant (matrix regions, summary cards).</summary>
    public static string QuadrantTint(Quadrant q) => q switch
    {
        Core.Scales.Quadrant.DoNow => "#fdf0ee",
        Core.Scales.Quadrant.PlanAndInvest => "#fdf5ea",
        Core.Scales.Quadrant.QuickWins => "#edf7f1",
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
