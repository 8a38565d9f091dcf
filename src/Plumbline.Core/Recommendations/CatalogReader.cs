using Plumbline.Core.Input;
using Plumbline.Core.Scales;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Core.Recommendations;

/// <summary>Reads the catalog YAML format (see docs/catalog.md).</summary>
internal static class CatalogReader
{
    private static readonly string[] Fields = ["id", "title", "why", "how", "category", "impact", "effort", "phase"];

    public static ParseResult<IReadOnlyList<Recommendation>> Read(string yaml, string source, RecommendationCatalog existing, bool allowOverride = true)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<IReadOnlyList<Recommendation>>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var top = input.Mapping(root, "the catalog file");
        if (top is null)
        {
            return ParseResult<IReadOnlyList<Recommendation>>.Fail(input.Errors);
        }

        input.OnlyKeys(top, "the catalog file", "recommendations");
        var list = input.Sequence(YamlInput.Get(top, "recommendations"), "'recommendations'");
        var result = new List<Recommendation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list?.Children ?? [])
        {
            var map = input.Mapping(node, "a recommendation");
            if (map is null)
            {
                continue;
            }

            var r = ReadOne(input, map, existing, allowOverride);
            if (r is null)
            {
                continue;
            }

            if (!seen.Add(r.Id))
            {
                input.Error(map, $"recommendation '{r.Id}' is listed twice");
                continue;
            }

            result.Add(r);
        }

        return input.Ok
            ? ParseResult<IReadOnlyList<Recommendation>>.Ok(result)
            : ParseResult<IReadOnlyList<Recommendation>>.Fail(input.Errors);
    }

    private static Recommendation? ReadOne(YamlInput input, YamlMappingNode map, RecommendationCatalog existing, bool allowOverride)
    {
        input.OnlyKeys(map, "a recommendation", Fields);
        var id = input.String(map, "id", "a recommendation", required: true);
        if (id is null)
        {
            return null;
        }

        var context = $"recommendation '{id}'";
        var baseline = existing.Find(id);
        if (baseline is not null && !allowOverride)
        {
            input.Error(map, $"{context} is defined twice in the built-in catalog");
            return null;
        }

        var required = baseline is null;
        var title = input.String(map, "title", context, required) ?? baseline?.Title;
        var why = input.String(map, "why", context, required) ?? baseline?.Why;
        var how = input.String(map, "how", context, required) ?? baseline?.How;
        var category = input.String(map, "category", context, required) ?? baseline?.Category;
        var impact = ReadImpact(input, map, context, required) ?? baseline?.Impact;
        var effort = ReadEffort(input, map, context, required) ?? baseline?.Effort;
        var phase = ReadPhase(input, map, context, required) ?? baseline?.Phase;
        if (title is null || why is null || how is null || category is null || impact is null || effort is null || phase is null)
        {
            return null;
        }

        return new Recommendation(id, title.Trim(), why.Trim(), how.Trim(), category.Trim(), impact.Value, effort.Value, phase.Value);
    }

    internal static Impact? ReadImpact(YamlInput input, YamlMappingNode map, string context, bool required)
    {
        var text = input.String(map, "impact", context, required);
        if (text is null)
        {
            return null;
        }

        if (Impact.TryParse(text, out var impact))
        {
            return impact;
        }

        input.Error(YamlInput.Get(map, "impact"), $"impact in {context} must be 1 to 5 (or minimal, low, moderate, high, critical), not '{text}'");
        return null;
    }

    internal static Effort? ReadEffort(YamlInput input, YamlMappingNode map, string context, bool required)
    {
        var text = input.String(map, "effort", context, required);
        if (text is null)
        {
            return null;
        }

        if (Effort.TryParse(text, out var effort))
        {
            return effort;
        }

        input.Error(YamlInput.Get(map, "effort"), $"effort in {context} must be 1 to 5 (or trivial, small, medium, large, major), not '{text}'");
        return null;
    }

    internal static Phase? ReadPhase(YamlInput input, YamlMappingNode map, string context, bool required)
    {
        var text = input.String(map, "phase", context, required);
        if (text is null)
        {
            return null;
        }

        if (PhaseNames.TryParse(text, out var phase))
        {
            return phase;
        }

        input.Error(YamlInput.Get(map, "phase"), $"phase in {context} must be one of {PhaseNames.AllKeys}, not '{text}'");
        return null;
    }
}
