using System.Text.Json.Nodes;
using Plumbline.Checks.Audit;
using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Scales;
using Plumbline.Reports.Model;

namespace Plumbline.Checks.Runs;

/// <summary>The audit's <c>summary</c> metric: what is working, what is risky, what to fix first and what can wait, as plain sentences.</summary>
internal static class AuditSummary
{
    public static JsonObject Of(Report report, IReadOnlyList<Finding> findings, AuditBaseline? baseline)
    {
        var active = report.Items.Where(i => i.IsActive).ToList();
        var summary = new JsonObject
        {
            ["working"] = new JsonArray([.. report.Working.Select(w => (JsonNode)w)]),
            ["risky"] = new JsonArray([.. findings.Where(f => f.NeedsAction && f.Severity >= Severity.High).Select(f => (JsonNode)f.Detail)]),
            ["fixFirst"] = Titles(report.Roadmap.InPlanOrder(active.Where(i => i.Quadrant == Quadrant.DoNow))),
            ["canWait"] = Titles(active.Where(i => i.Quadrant is Quadrant.SkipForNow or Quadrant.QuickWins)),
            ["inconclusive"] = findings.Count(f => f.Outcome is Outcome.Inconclusive or Outcome.Error),
        };
        if (baseline is not null)
        {
            summary["baselineFingerprints"] = baseline.Count;
        }

        return summary;
    }

    private static JsonArray Titles(IEnumerable<Item> items) => [.. items.Select(i => (JsonNode)i.Title)];
}
