using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.RefactorOrRebuild;

/// <summary>Reads verdict rules from YAML (the embedded <c>verdict.yml</c>), every error with its place.</summary>
public static class VerdictRulesReader
{
    private const string Resource = "Plumbline.Checks.RefactorOrRebuild.verdict.yml";

    /// <summary>Reads rules from text.</summary>
    public static ParseResult<VerdictRules> Read(string text, string source)
    {
        var parsed = YamlInput.Parse(text, source);
        if (!parsed.Success)
        {
            return ParseResult<VerdictRules>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var top = input.Mapping(root, "the verdict rules");
        if (top is null)
        {
            return ParseResult<VerdictRules>.Fail(input.Errors);
        }

        input.OnlyKeys(top, "the verdict rules", "minimum-known", "signals", "choices");
        var minimum = (int)(input.Number(top, "minimum-known", "the verdict rules", 0, 100) ?? 0);
        var signals = new List<VerdictRules.Signal>();
        foreach (var node in input.Sequence(YamlInput.Get(top, "signals"), "'signals'")?.Children ?? [])
        {
            if (input.Mapping(node, "a signal") is not { } s)
            {
                continue;
            }

            input.OnlyKeys(s, "a signal", "id", "title", "weight", "structural", "checks", "takes");
            var checks = new List<VerdictRules.CheckRule>();
            foreach (var c in input.Sequence(YamlInput.Get(s, "checks"), "'checks'")?.Children ?? [])
            {
                if (input.Mapping(c, "a check rule") is not { } m)
                {
                    continue;
                }

                input.OnlyKeys(m, "a check rule", "id", "fail", "severe-at");
                var fail = input.String(m, "fail", "a check rule", required: true);
                var severeAt = input.String(m, "severe-at", "a check rule");
                var level = fail switch { "severe" => SignalLevel.Severe, "strained" => SignalLevel.Strained, _ => SignalLevel.Unknown };
                if (fail is not null && level == SignalLevel.Unknown)
                {
                    input.Error(YamlInput.Get(m, "fail"), "'fail' must be 'strained' or 'severe'");
                }

                Severity? at = null;
                if (severeAt is not null)
                {
                    at = Enum.TryParse<Severity>(severeAt, ignoreCase: true, out var sev) ? sev : null;
                    if (at is null)
                    {
                        input.Error(YamlInput.Get(m, "severe-at"), "'severe-at' must be low, medium, high or critical");
                    }
                }

                checks.Add(new VerdictRules.CheckRule(input.String(m, "id", "a check rule", required: true) ?? string.Empty, level, at));
            }

            signals.Add(new VerdictRules.Signal(
                input.String(s, "id", "a signal", required: true) ?? string.Empty,
                input.String(s, "title", "a signal", required: true) ?? string.Empty,
                (int)(input.Number(s, "weight", "a signal", 1, 10) ?? 1),
                input.Bool(s, "structural", "a signal") ?? false,
                checks,
                input.String(s, "takes", "a signal", required: true) ?? string.Empty));
        }

        var choices = new List<VerdictRules.Choice>();
        foreach (var node in input.Sequence(YamlInput.Get(top, "choices"), "'choices'")?.Children ?? [])
        {
            if (input.Mapping(node, "a choice") is not { } c)
            {
                continue;
            }

            input.OnlyKeys(c, "a choice", "id", "title", "recommendation", "when", "says");
            double? score = null;
            int? severe = null;
            if (YamlInput.Get(c, "when") is { } whenNode && input.Mapping(whenNode, "'when'") is { } when)
            {
                input.OnlyKeys(when, "'when'", "score-at-least", "severe-structural-at-least");
                score = input.Number(when, "score-at-least", "'when'", 0, 1);
                severe = (int?)input.Number(when, "severe-structural-at-least", "'when'", 0, 100);
            }

            choices.Add(new VerdictRules.Choice(
                input.String(c, "id", "a choice", required: true) ?? string.Empty,
                input.String(c, "title", "a choice", required: true) ?? string.Empty,
                input.String(c, "recommendation", "a choice", required: true) ?? string.Empty,
                score,
                severe,
                input.String(c, "says", "a choice", required: true) ?? string.Empty));
        }

        if (choices.Count == 0 || choices[^1].ScoreAtLeast is not null || choices[^1].SevereStructuralAtLeast is not null)
        {
            input.Error(top, "the last choice must have no 'when', so that every audit gets a verdict");
        }

        return input.Ok ? ParseResult<VerdictRules>.Ok(new VerdictRules(minimum, signals, choices)) : ParseResult<VerdictRules>.Fail(input.Errors);
    }

    internal static VerdictRules ReadBuiltIn()
    {
        using var stream = typeof(VerdictRulesReader).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException("The built-in verdict rules are not embedded.");
        using var reader = new StreamReader(stream);
        var read = Read(reader.ReadToEnd(), "RefactorOrRebuild/verdict.yml");
        // Broken built-in rules are a bug in Plumbline, not a user error.
        return read.Success ? read.Value : throw new InvalidOperationException($"The built-in verdict rules are invalid: {string.Join("; ", read.Errors)}");
    }
}
