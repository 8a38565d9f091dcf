using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Metrics;
using Plumbline.Core.Planning;
using Plumbline.Core.Scales;

namespace Plumbline.Reports.Json;

/// <summary>Reads a JSON report written by <see cref="Writers.JsonReportWriter"/> (schema 1.x) back into findings and items.</summary>
/// <remarks>Errors name the file and the JSON path of the bad value, e.g. <c>report.json: $.items[2].impact: ...</c>.</remarks>
public static class JsonReportReader
{
    /// <summary>Parses the text of a JSON report.</summary>
    public static ParseResult<ImportedReport> Read(string json, string source)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            var column = ex.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
            return ParseResult<ImportedReport>.Fail(new InputError(source, "not valid JSON; is it a Plumbline JSON report (--format json)?", line, column));
        }

        if (root is not JsonObject top)
        {
            return ParseResult<ImportedReport>.Fail(new InputError(source, "not a Plumbline JSON report (expected an object with 'schemaVersion')"));
        }

        var reader = new Reader(source);
        var version = reader.String(top, "schemaVersion", "$", required: true);
        if (version is not null && !(version == "1" || version.StartsWith("1.", StringComparison.Ordinal)))
        {
            return ParseResult<ImportedReport>.Fail(new InputError(source, $"schemaVersion {version} is not supported (this Plumbline reads 1.x); upgrade Plumbline"));
        }

        if (!reader.Ok)
        {
            return ParseResult<ImportedReport>.Fail(reader.Errors);
        }

        var generatedAt = reader.Timestamp(top, "generatedAt", "$") ?? DateTimeOffset.UnixEpoch;
        var findings = reader.Array(top, "findings", "$", required: true)
            .Select((node, i) => ReadFinding(reader, node, $"$.findings[{i}]"))
            .OfType<Finding>()
            .ToList();
        var weeks = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = reader.Array(top, "items", "$", required: true)
            .Select((node, i) => ReadItem(reader, node, $"$.items[{i}]", findings, weeks))
            .OfType<Item>()
            .ToList();
        var settings = ReadSettings(reader, top["roadmap"], DateOnly.FromDateTime(generatedAt.UtcDateTime));
        var tables = reader.Array(top, "tables", "$")
            .Select((node, i) => ReadTable(reader, node, $"$.tables[{i}]"))
            .OfType<MetricTable>()
            .ToList();
        var metrics = top["metrics"] switch
        {
            JsonObject m => (JsonObject)m.DeepClone(),
            null => [],
            _ => reader.Fail<JsonObject>("$.metrics", "must be an object") ?? [],
        };

        if (!reader.Ok)
        {
            return ParseResult<ImportedReport>.Fail(reader.Errors);
        }

        var tool = top["tool"] as JsonObject;
        return ParseResult<ImportedReport>.Ok(new ImportedReport(
            version!,
            reader.String(top, "kind", "$") ?? string.Empty,
            reader.String(top, "title", "$") ?? string.Empty,
            reader.String(top, "target", "$") ?? string.Empty,
            generatedAt,
            findings,
            items,
            settings)
        {
            ToolVersion = tool is null ? string.Empty : reader.String(tool, "version", "$.tool") ?? string.Empty,
            Metrics = metrics,
            Tables = tables,
            Weeks = weeks,
        });
    }

    private static Finding? ReadFinding(Reader r, JsonNode? node, string path)
    {
        if (node is not JsonObject o)
        {
            return r.Fail<Finding>(path, "must be an object");
        }

        var checkId = r.String(o, "checkId", path, required: true);
        var fingerprint = r.String(o, "fingerprint", path, required: true);
        var outcome = r.Enum<Outcome>(o, "outcome", path) ?? Outcome.Fail;
        var severity = r.Enum<Severity>(o, "severity", path) ?? Severity.Info;
        var location = Location.None;
        if (o["location"] is JsonObject l)
        {
            var lp = path + ".location";
            location = new Location(r.String(l, "path", lp), r.Int(l, "line", lp, 1, int.MaxValue), r.String(l, "commit", lp), r.String(l, "record", lp));
        }

        if (checkId is null || fingerprint is null)
        {
            return null;
        }

        return new Finding(checkId, r.String(o, "recommendationId", path) ?? string.Empty, outcome, severity, r.String(o, "detail", path) ?? string.Empty, location, fingerprint)
        {
            Evidence = r.Strings(o, "evidence", path),
        };
    }

    private static Item? ReadItem(Reader r, JsonNode? node, string path, List<Finding> findings, Dictionary<string, int> weeks)
    {
        if (node is not JsonObject o)
        {
            return r.Fail<Item>(path, "must be an object");
        }

        var id = r.String(o, "id", path, required: true);
        var title = r.String(o, "title", path, required: true);
        var impact = r.Int(o, "impact", path, 1, 5, required: true);
        var effort = r.Int(o, "effort", path, 1, 5, required: true);
        var phaseText = r.String(o, "phase", path, required: true);
        var phase = Phase.ImmediateFixes;
        if (phaseText is not null && !PhaseNames.TryParse(phaseText, out phase))
        {
            r.Fail<Item>(path + ".phase", $"unknown phase '{phaseText}' (known: {PhaseNames.AllKeys})");
            return null;
        }

        var status = r.Enum<ItemStatus>(o, "status", path) ?? ItemStatus.Open;
        var hours = r.Number(o, "hours", path);
        if (id is null || title is null || impact is null || effort is null || phaseText is null)
        {
            return null;
        }

        if (r.Int(o, "week", path, 1, int.MaxValue) is { } week)
        {
            weeks[id] = week;
        }

        var e = new Effort(effort.Value);
        var recommendationId = r.String(o, "recommendationId", path);
        var evidence = recommendationId is null
            ? []
            : findings.Where(f => f.NeedsAction && string.Equals(f.RecommendationId, recommendationId, StringComparison.Ordinal)).ToList();
        return new Item(id, title, new Impact(impact.Value), e, phase)
        {
            Description = r.String(o, "description", path),
            RecommendationId = recommendationId,
            Owner = r.String(o, "owner", path),
            EstimateHours = hours is { } h && Math.Abs(h - e.DefaultHours) > 1e-9 ? h : null,
            DependsOn = r.Strings(o, "dependsOn", path),
            Status = status,
            Origin = evidence.Count > 0 ? ItemOrigin.Findings : ItemOrigin.Manual,
            Findings = evidence,
        };
    }

    private static PlanSettings ReadSettings(Reader r, JsonNode? node, DateOnly fallbackStart)
    {
        if (node is not JsonObject o)
        {
            return new PlanSettings(fallbackStart, PlanSettings.DefaultCapacityHoursPerWeek);
        }

        const string path = "$.roadmap";
        var startText = r.String(o, "start", path);
        var start = fallbackStart;
        if (startText is not null && !DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            r.Fail<object>(path + ".start", $"must be a date like 2027-01-04, not '{startText}'");
        }

        var capacity = r.Number(o, "capacityHoursPerWeek", path) is { } c && c > 0 ? c : PlanSettings.DefaultCapacityHoursPerWeek;
        Budget? budget = null;
        if (o["budget"] is JsonObject b)
        {
            const string bp = path + ".budget";
            var money = r.Number(b, "money", bp);
            var rate = r.Number(b, "hourlyRate", bp);
            budget = new Budget(r.Number(b, "hours", bp), money is { } m ? (decimal)m : null, rate is { } x ? (decimal)x : null, r.String(b, "currency", bp));
        }

        return new PlanSettings(start, capacity, budget);
    }

    private static MetricTable? ReadTable(Reader r, JsonNode? node, string path)
    {
        if (node is not JsonObject o)
        {
            return r.Fail<MetricTable>(path, "must be an object");
        }

        var id = r.String(o, "id", path, required: true);
        var title = r.String(o, "title", path) ?? id ?? string.Empty;
        var columns = r.Strings(o, "columns", path);
        var rows = r.Array(o, "rows", path)
            .Select(row => row is JsonArray cells ? (IReadOnlyList<string>)[.. cells.Select(c => c?.ToString() ?? string.Empty)] : [])
            .ToList();
        return id is null ? null : new MetricTable(id, title, columns, rows)
        {
            Note = r.String(o, "note", path),
            BarColumn = r.Int(o, "barColumn", path, 0, int.MaxValue),
        };
    }

    /// <summary>Typed access to JSON values that collects errors with their JSON path instead of throwing.</summary>
    private sealed class Reader(string source)
    {
        private readonly List<InputError> _errors = [];

        public IReadOnlyList<InputError> Errors => _errors;

        public bool Ok => _errors.Count == 0;

        public T? Fail<T>(string path, string message)
        {
            _errors.Add(new InputError(source, $"{path}: {message}"));
            return default;
        }

        public string? String(JsonObject o, string key, string path, bool required = false)
        {
            switch (o[key])
            {
                case null:
                    return required ? Fail<string>($"{path}.{key}", "is required") : null;
                case JsonValue v when v.TryGetValue<string>(out var s):
                    return s;
                default:
                    return Fail<string>($"{path}.{key}", "must be a string");
            }
        }

        public int? Int(JsonObject o, string key, string path, int min, int max, bool required = false)
        {
            switch (o[key])
            {
                case null:
                    return required ? Fail<int?>($"{path}.{key}", "is required") : null;
                case JsonValue v when v.TryGetValue<int>(out var n) && n >= min && n <= max:
                    return n;
                default:
                    return Fail<int?>($"{path}.{key}", max == int.MaxValue ? $"must be a whole number from {min}" : $"must be a whole number from {min} to {max}");
            }
        }

        public double? Number(JsonObject o, string key, string path)
        {
            switch (o[key])
            {
                case null:
                    return null;
                case JsonValue v when v.TryGetValue<double>(out var d) && double.IsFinite(d):
                    return d;
                default:
                    return Fail<double?>($"{path}.{key}", "must be a number");
            }
        }

        public T? Enum<T>(JsonObject o, string key, string path)
            where T : struct, System.Enum
        {
            var text = String(o, key, path);
            if (text is null)
            {
                return null;
            }

            var normalised = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
            return System.Enum.TryParse<T>(normalised, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
                ? value
                : Fail<T?>($"{path}.{key}", $"unknown value '{text}' (known: {string.Join(", ", System.Enum.GetNames<T>())})");
        }

        public IReadOnlyList<JsonNode?> Array(JsonObject o, string key, string path, bool required = false)
        {
            switch (o[key])
            {
                case null:
                    if (required)
                    {
                        Fail<object>($"{path}.{key}", "is required");
                    }

                    return [];
                case JsonArray a:
                    return [.. a];
                default:
                    Fail<object>($"{path}.{key}", "must be an array");
                    return [];
            }
        }

        public List<string> Strings(JsonObject o, string key, string path)
        {
            var list = new List<string>();
            var nodes = Array(o, key, path);
            for (var i = 0; i < nodes.Count; i++)
            {
                if (nodes[i] is JsonValue v && v.TryGetValue<string>(out var s))
                {
                    list.Add(s);
                }
                else
                {
                    Fail<object>($"{path}.{key}[{i}]", "must be a string");
                }
            }

            return list;
        }

        public DateTimeOffset? Timestamp(JsonObject o, string key, string path)
        {
            var text = String(o, key, path);
            if (text is null)
            {
                return null;
            }

            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : Fail<DateTimeOffset?>($"{path}.{key}", $"must be an ISO 8601 date and time, not '{text}'");
        }
    }
}
