using Plumbline.Core.Findings;

namespace Plumbline.Web.Data;

/// <summary>A finding kept with an engagement: from its inventory, an imported report or an audit job.</summary>
public sealed class StoredFinding
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    public int? ItemId { get; set; }

    /// <summary>The longest <see cref="Source"/> stored (an audit job records the source it wrote with the same length).</summary>
    public const int SourceMaxLength = 60;

    /// <summary>Where it came from: "inventory", "import", "audit".</summary>
    public string Source { get; set; } = string.Empty;

    public string CheckId { get; set; } = string.Empty;

    public string RecommendationId { get; set; } = string.Empty;

    public Outcome Outcome { get; set; }

    public Severity Severity { get; set; }

    public string Detail { get; set; } = string.Empty;

    public string? Path { get; set; }

    public int? Line { get; set; }

    public string? Commit { get; set; }

    public string? Record { get; set; }

    public string Fingerprint { get; set; } = string.Empty;

    /// <summary>Evidence lines, one per line of text.</summary>
    public string Evidence { get; set; } = string.Empty;

    public static StoredFinding From(Finding f, int engagementId, string source) => new()
    {
        EngagementId = engagementId,
        Source = source,
        CheckId = f.CheckId,
        RecommendationId = f.RecommendationId,
        Outcome = f.Outcome,
        Severity = f.Severity,
        Detail = f.Detail,
        Path = f.Location.Path,
        Line = f.Location.Line,
        Commit = f.Location.Commit,
        Record = f.Location.Record,
        Fingerprint = f.Fingerprint,
        Evidence = string.Join('\n', f.Evidence),
    };

    public Finding ToFinding() => new(CheckId, RecommendationId, Outcome, Severity, Detail, new Location(Path, Line, Commit, Record), Fingerprint)
    {
        Evidence = Evidence.Length == 0 ? [] : Evidence.Split('\n'),
    };
}
