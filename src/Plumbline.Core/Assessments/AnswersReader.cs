using System.Globalization;
using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Core.Assessments;

/// <summary>Reads an answers file for a template (docs/assessments.md), checking each answer fits its question.</summary>
public static class AnswersReader
{
    private static readonly string[] TopFields = ["template", "answers"];

    /// <summary>Reads answers; an unknown question, an answer not among the options or not a number or date is an error at its line.</summary>
    public static ParseResult<AssessmentAnswers> Read(string yaml, string source, AssessmentTemplate template)
    {
        var parsed = YamlInput.Parse(yaml, source);
        if (!parsed.Success)
        {
            return ParseResult<AssessmentAnswers>.Fail(parsed.Errors);
        }

        var (input, root) = parsed.Value;
        var top = input.Mapping(root, "the answers file");
        if (top is null)
        {
            return ParseResult<AssessmentAnswers>.Fail(input.Errors);
        }

        input.OnlyKeys(top, "the answers file", TopFields);
        var templateId = input.String(top, "template", "the answers file");
        if (templateId is not null && templateId != template.Id)
        {
            input.Error(YamlInput.Get(top, "template"), $"these answers are for template '{templateId}', not '{template.Id}'; run 'plumb assess {templateId}' or use the right file");
        }

        var values = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var answersNode = YamlInput.Get(top, "answers");
        if (answersNode is YamlScalarNode { Value: null or "" })
        {
            answersNode = null;
        }

        foreach (var (key, keyNode, value) in input.Mapping(answersNode, "'answers'") is { } map ? YamlInput.Entries(map) : [])
        {
            var question = template.Find(key);
            if (question is null)
            {
                input.Error(keyNode, $"'{key}' is not a question of template '{template.Id}'");
                continue;
            }

            if (ReadAnswer(input, question, value) is { } answer)
            {
                values[key] = answer;
            }
        }

        return input.Ok
            ? ParseResult<AssessmentAnswers>.Ok(new AssessmentAnswers(template.Id, values))
            : ParseResult<AssessmentAnswers>.Fail(input.Errors);
    }

    /// <summary>Reads one answer typed by a person (prompts use this too), or says why it does not fit.</summary>
    public static ParseResult<Answer> Parse(Question question, string text, string source = "answer")
    {
        var parsed = YamlInput.Parse(text.Length == 0 ? "''" : text, source);
        if (!parsed.Success)
        {
            return ParseResult<Answer>.Fail(parsed.Errors);
        }

        var (input, node) = parsed.Value;
        var answer = ReadAnswer(input, question, node);
        return answer is not null && input.Ok ? ParseResult<Answer>.Ok(answer) : ParseResult<Answer>.Fail(input.Errors);
    }

    private static Answer? ReadAnswer(YamlInput input, Question q, YamlNode node)
    {
        var context = $"the answer to '{q.Id}'";
        if (q.Kind == QuestionKind.Multiple)
        {
            var items = node switch
            {
                YamlSequenceNode seq => seq.Children,
                YamlScalarNode { Value: null or "" } => [],
                YamlScalarNode => [node],
                _ => null,
            };
            if (items is null)
            {
                input.Error(node, $"{context} must be a list of options ({string.Join(", ", q.Options)})");
                return null;
            }

            var chosen = new List<string>();
            foreach (var item in items)
            {
                if (Word(input, q, item, context) is { } w && !chosen.Contains(w))
                {
                    chosen.Add(w);
                }
            }

            return Answer.Many(chosen);
        }

        if (q.Kind == QuestionKind.Scores)
        {
            if (input.Mapping(node, context) is not { } map)
            {
                return null;
            }

            var scores = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (option, keyNode, value) in YamlInput.Entries(map))
            {
                var known = q.Options.FirstOrDefault(o => string.Equals(o, option, StringComparison.OrdinalIgnoreCase));
                if (known is null)
                {
                    input.Error(keyNode, $"'{option}' in {context} is not one of its options ({string.Join(", ", q.Options)})");
                    continue;
                }

                if (value is YamlScalarNode { Value: { } s } && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 5)
                {
                    scores[known] = n;
                }
                else
                {
                    input.Error(value, $"the score for '{known}' in {context} must be a whole number from 1 (worst) to 5 (best)");
                }
            }

            var unscored = q.Options.Where(o => !scores.ContainsKey(o)).ToList();
            if (unscored.Count > 0 && input.Ok)
            {
                input.Error(node, $"{context} must score every option; missing: {string.Join(", ", unscored)}");
            }

            return Answer.Scored(scores);
        }

        if (node is not YamlScalarNode { Value: var raw })
        {
            input.Error(node, $"{context} must be a single value, not a list or mapping");
            return null;
        }

        var text = raw?.Trim() ?? string.Empty;
        switch (q.Kind)
        {
            case QuestionKind.Number:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    input.Error(node, $"{context} must be a number, not '{text}'");
                    return null;
                }

                if (number < q.Min || number > q.Max)
                {
                    input.Error(node, $"{context} must be between {q.Min?.ToString(CultureInfo.InvariantCulture) ?? "any"} and {q.Max?.ToString(CultureInfo.InvariantCulture) ?? "any"}, not {text}");
                    return null;
                }

                return Answer.Of(number);
            case QuestionKind.Date:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    input.Error(node, $"{context} must be a date like 2026-01-31, not '{text}'");
                    return null;
                }

                return Answer.Of(date);
            case QuestionKind.Text:
                return Answer.Word(QuestionKind.Text, raw ?? string.Empty);
            default:
                return Word(input, q, node, context) is { } word ? Answer.Word(q.Kind, word) : null;
        }
    }

    // Yes/no/unsure and options are matched ignoring case and stored as the template spells them.
    private static string? Word(YamlInput input, Question q, YamlNode node, string context)
    {
        var text = (node as YamlScalarNode)?.Value?.Trim();
        if (q.Kind == QuestionKind.YesNoUnsure)
        {
            text = text?.ToLowerInvariant() switch
            {
                "true" or "y" => "yes",
                "false" or "n" => "no",
                "don't know" or "dont-know" or "not sure" => "unsure",
                var t => t,
            };
        }

        var match = q.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            input.Error(node, $"'{text}' is not an answer to '{q.Id}'; use one of: {string.Join(", ", q.Choices)}");
        }

        return match;
    }
}
