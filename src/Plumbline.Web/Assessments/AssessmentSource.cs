namespace Plumbline.Web.Assessments;

/// <summary>The register source of an assessment's findings, so re-scoring replaces exactly its own evidence.</summary>
/// <remarks>Readable on purpose (<c>assessment:security-basics</c>): the Audits page lists evidence by source. Stored
/// findings keep their source in 60 characters, and the workspace offers only the built-in templates, whose ids are short.</remarks>
internal static class AssessmentSource
{
    public const string Prefix = "assessment:";

    public static string Of(string templateId) => Prefix + templateId;
}
