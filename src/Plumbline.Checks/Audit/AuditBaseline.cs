using System.Text.Json;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Audit;

/// <summary>A previous JSON report's finding fingerprints, so a re-audit can show only what is new.</summary>
public sealed class AuditBaseline
{
    private readonly HashSet<string> _fingerprints;

    private AuditBaseline(HashSet<string> fingerprints) => _fingerprints = fingerprints;

    /// <summary>How many fingerprints the baseline holds.</summary>
    public int Count => _fingerprints.Count;

    /// <summary>Reads <c>findings[].fingerprint</c> from a JSON report.</summary>
    public static ParseResult<AuditBaseline> Read(string json, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                return ParseResult<AuditBaseline>.Fail(new InputError(source, "not a Plumbline JSON report (no findings array); give a report written with --format json"));
            }

            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in findings.EnumerateArray())
            {
                if (f.ValueKind == JsonValueKind.Object && f.TryGetProperty("fingerprint", out var fp) && fp.ValueKind == JsonValueKind.String)
                {
                    set.Add(fp.GetString()!);
                }
            }

            return ParseResult<AuditBaseline>.Ok(new AuditBaseline(set));
        }
        catch (JsonException ex)
        {
            // The exception's message names .NET's reader positions; the line and column say the same to a person.
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = ex.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            var what = string.IsNullOrWhiteSpace(json) ? "empty" : "not valid JSON";
            return ParseResult<AuditBaseline>.Fail(new InputError(source, $"{what}: give a Plumbline JSON report (written with --format json)", line, column));
        }
    }

    /// <summary>The findings without failures already known in the baseline (passes and other outcomes are kept).</summary>
    public IReadOnlyList<Finding> Filter(IEnumerable<Finding> findings) =>
        [.. findings.Where(f => !(f.NeedsAction && _fingerprints.Contains(f.Fingerprint)))];
}
