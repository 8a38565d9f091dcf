namespace Plumbline.Web.Data;

/// <summary>An engagement's answers to one assessment template, saved as they are given so nothing is lost between visits.</summary>
public sealed class AssessmentResponse
{
    public int Id { get; set; }

    public int EngagementId { get; set; }

    /// <summary>The template's id (e.g. <c>security-basics</c>).</summary>
    public string TemplateId { get; set; } = string.Empty;

    /// <summary>The answers in the answers-file format <c>plumb assess --answers</c> reads (YAML).</summary>
    public string Answers { get; set; } = string.Empty;

    public string? UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the answers were last scored into the register; null when never.</summary>
    public DateTimeOffset? ScoredAt { get; set; }
}
