using System.Text.Json.Nodes;

namespace Plumbline.Reports.Progress;

/// <summary>The few numbers of a run that are worth following over time, read from its report's <c>metrics</c>.</summary>
/// <param name="Secrets">Secrets found (in the tree and in history only); null when no secrets scan ran.</param>
/// <param name="TruckFactor">People who would have to leave before most of the code has no author; null when unknown.</param>
/// <param name="SiteGrade">A site check's grade (A+ to F); null for other runs.</param>
/// <param name="VulnerablePackages">Packages with known vulnerabilities; null when none were checked.</param>
public sealed record RunMeasures(int? Secrets, int? TruckFactor, string? SiteGrade, int? VulnerablePackages)
{
    /// <summary>Reads what a report measured; what it did not measure stays null.</summary>
    public static RunMeasures From(JsonObject metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        int? secrets = metrics["secrets"] is JsonObject s && Int(s["inTree"]) is { } inTree ? inTree + (Int(s["inHistoryOnly"]) ?? 0) : null;
        int? vulnerable = metrics["vulnerabilities"] is JsonObject v && v["checked"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
            ? Int(v["vulnerablePackages"]) ?? 0
            : null;
        var grade = metrics["site"] is JsonObject site && site["grade"] is JsonValue g && g.TryGetValue<string>(out var text) ? text : null;
        return new RunMeasures(secrets, Int(metrics["truckFactor"]), grade, vulnerable);
    }

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
}
