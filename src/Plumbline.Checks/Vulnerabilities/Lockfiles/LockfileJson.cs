using System.Text.Json;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>JSON reading shared by the JSON lockfiles, with the parse error's line for the user.</summary>
internal static class LockfileJson
{
    public static ParseResult<JsonDocument> Parse(string text, string source)
    {
        try
        {
            return ParseResult<JsonDocument>.Ok(JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }));
        }
        catch (JsonException ex)
        {
            return ParseResult<JsonDocument>.Fail(new InputError(source, $"not valid JSON: {FirstSentence(ex.Message)}", ex.LineNumber is { } l ? (int)l + 1 : null));
        }
    }

    public static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static JsonElement? Obj(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public static IEnumerable<JsonProperty> Props(JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Object } o ? o.EnumerateObject() : [];

    public static ParseResult<IReadOnlyList<ResolvedPackage>> Shape(string source, string message) =>
        ParseResult<IReadOnlyList<ResolvedPackage>>.Fail(new InputError(source, message));

    public static ParseResult<IReadOnlyList<ResolvedPackage>> Ok(IEnumerable<ResolvedPackage> packages) =>
        ParseResult<IReadOnlyList<ResolvedPackage>>.Ok(Dedupe(packages));

    /// <summary>One entry per name and version; direct wins over transitive when a lockfile lists both.</summary>
    public static IReadOnlyList<ResolvedPackage> Dedupe(IEnumerable<ResolvedPackage> packages) =>
        [.. packages
            .Where(p => p.Name.Length > 0 && p.Version.Length > 0)
            .GroupBy(p => (p.Name, p.Version))
            .Select(g => g.First() with { Direct = g.Any(p => p.Direct == true) ? true : g.All(p => p.Direct == false) ? false : null })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Version, StringComparer.Ordinal)];

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
