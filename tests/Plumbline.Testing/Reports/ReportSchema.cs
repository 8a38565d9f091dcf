using NJsonSchema;

namespace Plumbline.Testing.Reports;

/// <summary>Validates JSON reports against docs/report.schema.json.</summary>
/// <remarks>The schema is draft 2020-12 and keeps its shared parts under <c>$defs</c>; NJsonSchema resolves
/// references under <c>definitions</c>, so the keyword is renamed on load (nothing else changes).</remarks>
public static class ReportSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(RepoRoot.File("docs/report.schema.json")).Replace("\"$defs\"", "\"definitions\"", StringComparison.Ordinal)
            .Replace("#/$defs/", "#/definitions/", StringComparison.Ordinal)).GetAwaiter().GetResult());

    /// <summary>The validation errors, one line each with the JSON path; empty when the report is valid.</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        [.. Schema.Value.Validate(json).Select(e => e.ToString())];
}
