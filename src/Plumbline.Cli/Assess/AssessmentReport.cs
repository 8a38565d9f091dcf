using System.Text.Json.Nodes;
using Plumbline.Core.Assessments;
using Plumbline.Core.Input;
using Plumbline.Core.Planning;
using Plumbline.Core.Recommendations;
using Plumbline.Reports.Model;

namespace Plumbline.Cli.Assess;

/// <summary>Turns an assessment's result into the same report every command produces, with its tables and metrics.</summary>
internal static class AssessmentReport
{
    public static ParseResult<Report> Create(AssessmentResult result, string target, DateTimeOffset now, DateOnly today, RecommendationCatalog catalog)
    {
        var template = result.Template;
        var report = ReportFactory.Create(
            $"{template.Title} — assessment",
            "assess",
            target,
            now,
            result.Findings,
            result.Items(catalog),
            new PlanSettings(today, PlanSettings.DefaultCapacityHoursPerWeek),
            catalog);
        if (!report.Success)
        {
            return report;
        }

        var metrics = new JsonObject
        {
            ["assessment"] = new JsonObject
            {
                ["template"] = template.Id,
                ["answered"] = result.Answered,
                ["unanswered"] = new JsonArray([.. result.Unanswered.Select(id => (JsonNode)JsonValue.Create(id))]),
                ["rulesTriggered"] = result.Findings.Count(f => f.CheckId.StartsWith($"assess/{template.Id}/", StringComparison.Ordinal) && f.Outcome is Core.Findings.Outcome.Fail or Core.Findings.Outcome.Pass),
            },
        };
        if (result.Decision is { } d)
        {
            metrics["decision"] = new JsonObject
            {
                ["recommendation"] = d.Winner.Id,
                ["runnerUp"] = d.RunnerUp?.Id,
                ["margin"] = Math.Round(d.Margin, 3),
                ["stable"] = d.Stable,
                ["scores"] = new JsonObject(d.Scores.Select(s => KeyValuePair.Create(s.Key, (JsonNode?)Math.Round(s.Value, 3)))),
                ["weights"] = new JsonObject(d.Weights.Select(w => KeyValuePair.Create(w.Key, (JsonNode?)w.Value))),
                ["flips"] = new JsonArray([.. d.Flips.Select(f => (JsonNode)new JsonObject
                {
                    ["criterion"] = f.CriterionQuestionId,
                    ["changePercent"] = f.ChangePercent,
                    ["winner"] = f.NewWinner.Id,
                })]),
            };
        }

        return ParseResult<Report>.Ok(report.Value with { Tables = result.Tables, Metrics = metrics });
    }
}
