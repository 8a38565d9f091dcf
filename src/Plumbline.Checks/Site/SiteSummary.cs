using System.Globalization;
using System.Text.Json.Nodes;
using Plumbline.Core.Metrics;

namespace Plumbline.Checks.Site;

/// <summary>The report's metrics and tables for a site: the score and grade, and how they were reached.</summary>
public static class SiteSummary
{
    /// <summary>The <c>metrics.site</c> object of the JSON report.</summary>
    public static JsonObject Metrics(SiteSnapshot s, SiteScore score)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(score);
        return new JsonObject
        {
            ["url"] = s.Target.ToString(),
            ["score"] = score.Score,
            ["grade"] = score.Grade,
            ["status"] = s.Page?.Status,
            ["certificateDaysLeft"] = s.Certificate?.DaysToExpiry(s.CheckedAt),
            ["tls"] = new JsonObject([.. s.Protocols.Select(p => new KeyValuePair<string, JsonNode?>(p.Protocol, p.Result.ToString()))]),
            ["adjustments"] = new JsonArray([.. score.Adjustments.Select(a => (JsonNode)new JsonObject
            {
                ["rule"] = a.Rule,
                ["points"] = a.Points,
                ["counted"] = a.Counted,
                ["reason"] = a.Reason,
            })]),
        };
    }

    /// <summary>The score table: each penalty and bonus, then the total and grade.</summary>
    public static MetricTable ScoreTable(SiteScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var rows = score.Adjustments
            .Select(a => (IReadOnlyList<string>)[a.Rule, a.Points.ToString("+0;-0;0", CultureInfo.InvariantCulture) + (a.Counted ? string.Empty : " (not counted)"), a.Reason])
            .Append(["score", score.Score.ToString(CultureInfo.InvariantCulture), $"grade {score.Grade}"])
            .ToList();
        return new MetricTable("site-score", $"Site score: {score.Score} ({score.Grade})", ["Rule", "Points", "Why"], rows)
        {
            Note = $"Start at 100; penalties and bonuses as in docs/site.md; bonuses count only from {SiteScore.BonusThreshold} up.",
        };
    }

    /// <summary>TLS versions offered one at a time and what the server did.</summary>
    public static MetricTable TlsTable(SiteSnapshot s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new MetricTable("tls-versions", "TLS versions", ["Version", "Result", "Detail"], [.. s.Protocols.Select(p => (IReadOnlyList<string>)[p.Protocol, p.Result.ToString(), p.Detail])]);
    }
}
