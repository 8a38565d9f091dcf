using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.EndOfLife;

/// <summary>The end-of-life baseline built into plumb (<c>eol-baseline.yml</c>): a small set of release cycles and
/// support dates written by hand from the vendors' published policies, so the checks judge from the first run.
/// <c>plumb eoldb update</c> imports fuller data, which is used instead when it is at least as new.</summary>
public static class EolBaseline
{
    /// <summary>How findings name this data.</summary>
    public const string Attribution = "Plumbline's built-in baseline (the vendors' published support policies)";

    private const string Resource = "Plumbline.Checks.EndOfLife.eol-baseline.yml";

    private static readonly Lazy<EolDatabase> Embedded = new(() =>
    {
        using var stream = typeof(EolBaseline).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in this build");
        using var reader = new StreamReader(stream);
        var result = Read(reader.ReadToEnd(), "eol-baseline.yml");
        // The file ships inside plumb and a test reads it; an error here is a build defect, not user input.
        return result.Success ? result.Value! : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.ToString())));
    });

    /// <summary>The baseline built into this build of plumb.</summary>
    public static EolDatabase BuiltIn => Embedded.Value;

    /// <summary>Reads the baseline's YAML; every error names its line.</summary>
    public static ParseResult<EolDatabase> Read(string text, string source)
    {
        var parsed = YamlInput.Parse(text, source);
        if (!parsed.Success) return ParseResult<EolDatabase>.Fail(parsed.Errors);
        var (input, root) = parsed.Value;
        if (input.Mapping(root, "the baseline") is not { } top) return ParseResult<EolDatabase>.Fail(input.Errors);
        input.OnlyKeys(top, "the baseline", "dataAsOf", "products");
        var asOf = input.Date(top, "dataAsOf", "the baseline");
        if (asOf is null && YamlInput.Get(top, "dataAsOf") is null) input.Error(top, "the baseline is missing the required field 'dataAsOf'");
        var products = new Dictionary<string, EolProduct>(StringComparer.Ordinal);
        foreach (var (id, keyNode, value) in YamlInput.Entries(input.Mapping(YamlInput.Get(top, "products"), "'products'") ?? new()))
        {
            if (KnownPlatform.Find(id) is null) input.Error(keyNode, $"'{id}' is not a product Plumbline detects (see KnownPlatform)");
            if (input.Mapping(value, $"product '{id}'") is not { } p) continue;
            input.OnlyKeys(p, $"product '{id}'", "title", "source", "cycles");
            var title = input.String(p, "title", $"product '{id}'", required: true) ?? id;
            var policy = input.String(p, "source", $"product '{id}'", required: true);
            var cycles = new List<EolCycle>();
            foreach (var node in input.Sequence(YamlInput.Get(p, "cycles"), $"the cycles of '{id}'")?.Children ?? [])
            {
                if (input.Mapping(node, $"a cycle of '{id}'") is not { } c) continue;
                var what = $"a cycle of '{id}'";
                input.OnlyKeys(c, what, "cycle", "released", "activeSupport", "eol", "lts", "openEnded");
                var cycle = input.String(c, "cycle", what, required: true);
                var eol = Mark(input, c, "eol", what, required: true);
                if (cycle is null || eol is null) continue;
                cycles.Add(new EolCycle(cycle, input.Date(c, "released", what), eol.Value, Mark(input, c, "activeSupport", what, required: false), input.Bool(c, "lts", what) ?? false, null)
                {
                    OpenEnded = input.Bool(c, "openEnded", what) ?? false,
                });
            }

            products[id] = new EolProduct(id, title, cycles) { Policy = policy };
        }

        return input.Ok && asOf is { } day
            ? ParseResult<EolDatabase>.Ok(new EolDatabase(day, products) { Attribution = Attribution, Origin = "built in" })
            : ParseResult<EolDatabase>.Fail(input.Errors);
    }

    private static EolMark? Mark(YamlInput input, YamlMappingNode map, string key, string what, bool required)
    {
        var text = input.String(map, key, what, required);
        if (text is null) return null;
        if (EolMark.Parse(text) is { } mark) return mark;
        input.Error(YamlInput.Get(map, key), $"'{key}' in {what} must be a date like 2026-01-31 or false, not '{text}'");
        return null;
    }
}
