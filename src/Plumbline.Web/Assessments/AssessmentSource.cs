using Plumbline.Core.Findings;

namespace Plumbline.Web.Assessments;

/// <summary>The register source of an assessment's findings, so re-scoring replaces exactly its own evidence.</summary>
/// <remarks>Stored findings keep their source in 20 characters (like <c>report:</c> plus 12 hex digits), and
/// template ids run to 20 on their own, so the source is <c>assess:</c> plus 12 hex digits of the template id.
/// The template stays readable in each finding's check id, <c>assess/&lt;template&gt;/&lt;rule&gt;</c>.</remarks>
internal static class AssessmentSource
{
    public const string Prefix = "assess:";

    public static string Of(string templateId) => Prefix + Fingerprint.Of("assessment", templateId)[..12];
}
