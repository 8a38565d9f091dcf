using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;

namespace Plumbline.Reports.Model;

/// <summary>Builds a report from findings and items: prioritises, plans, and says what is working.</summary>
public static class ReportFactory
{
    /// <summary>Prioritises and plans the items; fails only on a dependency problem.</summary>
    public static ParseResult<Report> Create(
        string title,
        string kind,
        string target,
        DateTimeOffset generatedAt,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<Item> items,
        PlanSettings settings,
        RecommendationCatalog catalog)
    {
        var ordered = Prioritiser.Order(items);
        var roadmap = RoadmapPlanner.Plan(ordered, settings, target);
        if (!roadmap.Success)
        {
            return ParseResult<Report>.Fail(roadmap.Errors);
        }

        var working = findings
            .Where(f => f.Outcome == Outcome.Pass)
            .Select(f => f.Detail)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ParseResult<Report>.Ok(new Report(title, kind, target, generatedAt, findings, ordered, roadmap.Value, catalog)
        {
            Working = working,
        });
    }
}
