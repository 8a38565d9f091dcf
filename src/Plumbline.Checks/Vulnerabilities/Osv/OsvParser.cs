using System.Text.Json;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Vulnerabilities.Osv;

/// <summary>Reads one OSV-format JSON document (https://ossf.github.io/osv-schema/) into an <see cref="Advisory"/>.</summary>
public static class OsvParser
{
    /// <summary>The advisory, or null with a reason when the document is not a usable OSV advisory
    /// (not JSON, no id, withdrawn, or no package with a version range or list).</summary>
    public static (Advisory? Advisory, string? Skipped) Parse(ReadOnlySpan<byte> json)
    {
        JsonDocument doc;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            doc = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            return (null, $"not valid JSON ({ex.Message})");
        }

        using (doc)
        {
            return Parse(doc.RootElement);
        }
    }

    /// <summary>The advisory from a parsed JSON element.</summary>
    public static (Advisory? Advisory, string? Skipped) Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || Str(root, "id") is not { Length: > 0 } id)
        {
            return (null, "not an OSV advisory (no 'id')");
        }

        if (Str(root, "withdrawn") is { Length: > 0 })
        {
            return (null, $"{id} is withdrawn");
        }

        var aliases = Strings(root, "aliases").Where(a => !string.Equals(a, id, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var summary = Str(root, "summary") ?? FirstLine(Str(root, "details"));
        var vectors = new List<string>();
        CollectVectors(root, vectors);
        string? label = DatabaseSeverity(root);

        var affected = new List<AffectedPackage>();
        if (root.TryGetProperty("affected", out var aff) && aff.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in aff.EnumerateArray())
            {
                if (a.ValueKind != JsonValueKind.Object || !a.TryGetProperty("package", out var pkg) || pkg.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var ecosystem = Str(pkg, "ecosystem");
                var name = Str(pkg, "name");
                if (string.IsNullOrWhiteSpace(ecosystem) || string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                CollectVectors(a, vectors);
                label ??= DatabaseSeverity(a);
                if (a.TryGetProperty("ecosystem_specific", out var es) && es.ValueKind == JsonValueKind.Object)
                {
                    label ??= Str(es, "severity");
                }

                var ranges = new List<AffectedRange>();
                if (a.TryGetProperty("ranges", out var rs) && rs.ValueKind == JsonValueKind.Array)
                {
                    foreach (var r in rs.EnumerateArray())
                    {
                        var type = r.ValueKind == JsonValueKind.Object ? Str(r, "type") : null;
                        if (type is not ("SEMVER" or "ECOSYSTEM"))
                        {
                            continue;
                        }

                        var events = new List<RangeEvent>();
                        if (r.TryGetProperty("events", out var evs) && evs.ValueKind == JsonValueKind.Array)
                        {
                            foreach (var e in evs.EnumerateArray())
                            {
                                if (e.ValueKind != JsonValueKind.Object) continue;
                                if (Str(e, "introduced") is { } i) events.Add(new RangeEvent(RangeEventKind.Introduced, i));
                                else if (Str(e, "fixed") is { } f) events.Add(new RangeEvent(RangeEventKind.Fixed, f));
                                else if (Str(e, "last_affected") is { } l) events.Add(new RangeEvent(RangeEventKind.LastAffected, l));
                                else if (Str(e, "limit") is { } lim) events.Add(new RangeEvent(RangeEventKind.Limit, lim));
                            }
                        }

                        if (events.Count > 0)
                        {
                            ranges.Add(new AffectedRange(type, events));
                        }
                    }
                }

                var versions = Strings(a, "versions");
                if (ranges.Count > 0 || versions.Count > 0)
                {
                    affected.Add(new AffectedPackage(ecosystem, name, ranges, versions));
                }
            }
        }

        if (affected.Count == 0)
        {
            return (null, $"{id} names no package versions");
        }

        return (new Advisory(id, aliases, summary, Rate(vectors, label), affected), null);
    }

    private static AdvisorySeverity Rate(List<string> vectors, string? label)
    {
        // Prefer the highest computable CVSS v3 score; v4 vectors and others fall back to the database's label.
        var best = vectors
            .Select(v => (Vector: v, Score: CvssV3.BaseScore(v)))
            .Where(x => x.Score is not null)
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        if (best.Score is { } score)
        {
            return new AdvisorySeverity(CvssV3.Rating(score), score, best.Vector, best.Vector.StartsWith("CVSS:3.0", StringComparison.Ordinal) ? "CVSS 3.0 base score" : "CVSS 3.1 base score");
        }

        var level = label?.Trim().ToUpperInvariant() switch
        {
            "CRITICAL" => Severity.Critical,
            "HIGH" or "IMPORTANT" => Severity.High,
            "MODERATE" or "MEDIUM" => Severity.Medium,
            "LOW" or "NEGLIGIBLE" => Severity.Low,
            _ => (Severity?)null,
        };
        return level is { } l
            ? new AdvisorySeverity(l, null, vectors.FirstOrDefault(), "database severity")
            : new AdvisorySeverity(Severity.Medium, null, vectors.FirstOrDefault(), "unrated");
    }

    private static void CollectVectors(JsonElement element, List<string> vectors)
    {
        if (element.TryGetProperty("severity", out var sev) && sev.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in sev.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.Object && Str(s, "score") is { Length: > 0 } score)
                {
                    vectors.Add(score);
                }
            }
        }
    }

    private static string? DatabaseSeverity(JsonElement element) =>
        element.TryGetProperty("database_specific", out var ds) && ds.ValueKind == JsonValueKind.Object ? Str(ds, "severity") : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement e, string name)
    {
        var list = new List<string>();
        if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in v.EnumerateArray())
            {
                if (s.ValueKind == JsonValueKind.String && s.GetString() is { Length: > 0 } str) list.Add(str);
            }
        }

        return list;
    }

    private static string? FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
