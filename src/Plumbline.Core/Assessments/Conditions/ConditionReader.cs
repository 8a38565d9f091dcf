using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Core.Assessments.Conditions;

/// <summary>Reads a <c>when</c> condition and checks it against the questions it may refer to.</summary>
internal sealed class ConditionReader(YamlInput input, Func<string, (Question? Question, bool Later)> lookup)
{
    private static readonly string[] Tests = ["is", "is-not", "any-of", "includes", "excludes", "less-than", "more-than", "older-than-months", "answered"];

    public Condition? Read(YamlNode node, string context)
    {
        var map = input.Mapping(node, $"the condition in {context}");
        if (map is null)
        {
            return null;
        }

        if (YamlInput.Get(map, "question") is not null)
        {
            return ReadTest(map, context);
        }

        if (YamlInput.Get(map, "all-of") is { } all)
        {
            input.OnlyKeys(map, $"the condition in {context}", "all-of");
            return ReadList(all, "all-of", context) is { } parts ? new AllOf(parts) : null;
        }

        if (YamlInput.Get(map, "any-of") is { } any)
        {
            input.OnlyKeys(map, $"the condition in {context}", "any-of");
            return ReadList(any, "any-of", context) is { } parts ? new AnyOf(parts) : null;
        }

        if (YamlInput.Get(map, "not") is { } negated)
        {
            input.OnlyKeys(map, $"the condition in {context}", "not");
            return Read(negated, context) is { } part ? new Not(part) : null;
        }

        if (YamlInput.Get(map, "at-least") is not null)
        {
            input.OnlyKeys(map, $"the condition in {context}", "at-least", "of");
            var count = input.Number(map, "at-least", context, 1, 1000);
            var of = YamlInput.Get(map, "of");
            if (of is null)
            {
                input.Error(map, $"'at-least' in {context} needs an 'of' list of conditions");
                return null;
            }

            var parts = ReadList(of, "of", context);
            if (count is null || parts is null)
            {
                return null;
            }

            if (count > parts.Count)
            {
                input.Error(map, $"'at-least: {count}' in {context} asks for more than the {parts.Count} conditions listed");
                return null;
            }

            return new AtLeast((int)count.Value, parts);
        }

        input.Error(map, $"the condition in {context} needs 'question' (with a test: {string.Join(", ", Tests)}) or 'all-of', 'any-of', 'at-least' or 'not'");
        return null;
    }

    private List<Condition>? ReadList(YamlNode node, string key, string context)
    {
        var seq = input.Sequence(node, $"'{key}' in {context}");
        if (seq is null)
        {
            return null;
        }

        if (seq.Children.Count == 0)
        {
            input.Error(seq, $"'{key}' in {context} must list at least one condition");
            return null;
        }

        var parts = seq.Children.Select(c => Read(c, context)).ToList();
        return parts.Any(p => p is null) ? null : [.. parts.Select(p => p!)];
    }

    private AnswerIs? ReadTest(YamlMappingNode map, string context)
    {
        input.OnlyKeys(map, $"the condition in {context}", ["question", .. Tests]);
        var id = input.String(map, "question", $"the condition in {context}", required: true);
        if (id is null)
        {
            return null;
        }

        var idNode = YamlInput.Get(map, "question");
        var (question, later) = lookup(id);
        if (question is null)
        {
            input.Error(idNode, $"the condition in {context} refers to '{id}', which is not a question of this template");
            return null;
        }

        if (later)
        {
            input.Error(idNode, $"the condition in {context} refers to '{id}', which is asked later; a condition can only look at earlier questions");
            return null;
        }

        var tests = Tests.Where(t => YamlInput.Get(map, t) is not null).ToList();
        if (tests.Count != 1)
        {
            input.Error(map, $"the condition on '{id}' in {context} needs exactly one test ({string.Join(", ", Tests)})");
            return null;
        }

        var test = tests[0];
        var valueNode = YamlInput.Get(map, test)!;
        if (question.Kind == QuestionKind.Scores)
        {
            input.Error(idNode, $"'{id}' is a scores question; conditions cannot test it (its scores feed the decision)");
            return null;
        }

        switch (test)
        {
            case "is" or "is-not" or "any-of":
                {
                    if (question.Kind is not (QuestionKind.YesNoUnsure or QuestionKind.Single or QuestionKind.Text))
                    {
                        input.Error(valueNode, $"'{test}' tests a yes-no-unsure, single or text answer; '{id}' is {question.Kind.Key()} (use {Suggest(question.Kind)})");
                        return null;
                    }

                    var words = input.StringList(map, test, context);
                    if (test != "any-of" && words.Count != 1)
                    {
                        input.Error(valueNode, $"'{test}' in {context} takes one value");
                        return null;
                    }

                    return CheckWords(question, words, valueNode, context)
                        ? new AnswerIs(id, test switch { "is" => AnswerTest.Is, "is-not" => AnswerTest.IsNot, _ => AnswerTest.AnyOf }, words)
                        : null;
                }

            case "includes" or "excludes":
                {
                    if (question.Kind != QuestionKind.Multiple)
                    {
                        input.Error(valueNode, $"'{test}' tests a multiple answer; '{id}' is {question.Kind.Key()} (use {Suggest(question.Kind)})");
                        return null;
                    }

                    var words = input.StringList(map, test, context);
                    return CheckWords(question, words, valueNode, context)
                        ? new AnswerIs(id, test == "includes" ? AnswerTest.Includes : AnswerTest.Excludes, words)
                        : null;
                }

            case "less-than" or "more-than":
                {
                    var t = test == "less-than" ? AnswerTest.LessThan : AnswerTest.MoreThan;
                    if (question.Kind == QuestionKind.Number)
                    {
                        var n = input.Number(map, test, context);
                        return n is null ? null : new AnswerIs(id, t, [], n);
                    }

                    if (question.Kind == QuestionKind.Date)
                    {
                        var d = input.Date(map, test, context);
                        return d is null ? null : new AnswerIs(id, t, [], Date: d);
                    }

                    input.Error(valueNode, $"'{test}' tests a number or date answer; '{id}' is {question.Kind.Key()} (use {Suggest(question.Kind)})");
                    return null;
                }

            case "older-than-months":
                {
                    if (question.Kind != QuestionKind.Date)
                    {
                        input.Error(valueNode, $"'older-than-months' tests a date answer; '{id}' is {question.Kind.Key()} (use {Suggest(question.Kind)})");
                        return null;
                    }

                    var months = input.Number(map, test, context, 0, 1200);
                    return months is null ? null : new AnswerIs(id, AnswerTest.OlderThanMonths, [], Math.Floor(months.Value));
                }

            default:
                {
                    var answered = input.Bool(map, "answered", context);
                    return answered is null ? null : new AnswerIs(id, AnswerTest.Answered, [], answered.Value ? 1 : 0);
                }
        }
    }

    private bool CheckWords(Question question, IReadOnlyList<string> words, YamlNode node, string context)
    {
        if (question.Kind == QuestionKind.Text)
        {
            return true;
        }

        var ok = true;
        foreach (var w in words)
        {
            if (!question.Choices.Contains(w, StringComparer.OrdinalIgnoreCase))
            {
                input.Error(node, $"'{w}' in {context} is not an answer '{question.Id}' accepts ({string.Join(", ", question.Choices)})");
                ok = false;
            }
        }

        return ok;
    }

    private static string Suggest(QuestionKind kind) => kind switch
    {
        QuestionKind.Multiple => "includes or excludes",
        QuestionKind.Number => "less-than or more-than",
        QuestionKind.Date => "less-than, more-than or older-than-months",
        _ => "is, is-not or any-of",
    } + ", or answered";
}
