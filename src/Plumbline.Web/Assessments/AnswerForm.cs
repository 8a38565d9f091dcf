using Microsoft.Extensions.Primitives;
using Plumbline.Core.Assessments;

namespace Plumbline.Web.Assessments;

/// <summary>The questionnaire form: its field names, the values that show saved answers, and reading a post back into answers.</summary>
/// <remarks>Every posted value goes through Core's <see cref="AnswersReader.Parse"/>, so the browser accepts exactly
/// what an answers file accepts and the messages are the same. Values are quoted before parsing, so nothing a
/// person types is read as YAML structure.</remarks>
internal static class AnswerForm
{
    /// <summary>Hidden field listing the questions the form showed: an empty group then means "not answered", not "not shown".</summary>
    public const string AskedField = "asked";

    /// <summary>The checkbox value meaning "none of these options" for a multiple-choice question.</summary>
    public const string NoneValue = "(none)";

    /// <summary>Free text is evidence, not an essay; longer answers belong in a document linked from the answer.</summary>
    public const int MaxTextLength = 4000;

    public static string Field(Question q) => "a." + q.Id;

    public static string Field(Question q, string option) => "a." + q.Id + "." + option;

    /// <summary>A "none of these" box is offered unless the template already has such an option.</summary>
    public static bool OffersNone(Question q) =>
        q.Kind == QuestionKind.Multiple && !q.Options.Any(o => o.StartsWith("none", StringComparison.OrdinalIgnoreCase));

    /// <summary>What an option is called on the page: a decision option's title, else the option id in words.</summary>
    public static string Label(AssessmentTemplate template, string option)
    {
        if (template.Decision?.Options.FirstOrDefault(o => o.Id == option) is { } decided)
        {
            return decided.Title;
        }

        var words = option.Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>Help text in pieces, odd ones in backticks (shown as code: help often names a command to run).</summary>
    public static IEnumerable<(string Text, bool Code)> Segments(string text) =>
        text.Split('`').Select((part, i) => (part, i % 2 == 1)).Where(p => p.part.Length > 0);

    /// <summary>The form values that show these answers.</summary>
    public static Dictionary<string, IReadOnlyList<string>> ValuesOf(AssessmentTemplate template, AssessmentAnswers answers)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var q in template.Questions)
        {
            if (!answers.Values.TryGetValue(q.Id, out var a))
            {
                continue;
            }

            switch (q.Kind)
            {
                case QuestionKind.Multiple:
                    values[Field(q)] = a.Choices.Count == 0 ? [NoneValue] : a.Choices;
                    break;
                case QuestionKind.Scores:
                    foreach (var (option, score) in a.Scores)
                    {
                        values[Field(q, option)] = [score.ToString(System.Globalization.CultureInfo.InvariantCulture)];
                    }

                    break;
                case QuestionKind.Text:
                    values[Field(q)] = [a.Text ?? string.Empty];
                    break;
                default:
                    values[Field(q)] = [a.Display];
                    break;
            }
        }

        return values;
    }

    /// <summary>A post read back: the answers (saved ones changed only where the form showed a question), or per-question errors.</summary>
    public sealed record Posted(
        AssessmentAnswers Answers,
        IReadOnlySet<string> Asked,
        IReadOnlyDictionary<string, string> Errors,
        Dictionary<string, IReadOnlyList<string>> Values);

    public static Posted Read(AssessmentTemplate template, AssessmentAnswers saved, IFormCollection form)
    {
        var asked = form[AskedField]
            .OfType<string>()
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(id => template.Find(id) is not null)
            .ToHashSet(StringComparer.Ordinal);
        var answers = new Dictionary<string, Answer>(saved.Values, StringComparer.Ordinal);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = ValuesOf(template, saved);
        foreach (var q in template.Questions.Where(q => asked.Contains(q.Id)))
        {
            foreach (var key in values.Keys.Where(k => k == Field(q) || k.StartsWith(Field(q) + ".", StringComparison.Ordinal)).ToList())
            {
                values.Remove(key);
            }

            var (answer, error) = ReadOne(template, q, form, values);
            if (error is not null)
            {
                errors[q.Id] = error;
            }
            else if (answer is null)
            {
                answers.Remove(q.Id);
            }
            else
            {
                answers[q.Id] = answer;
            }
        }

        return new Posted(new AssessmentAnswers(template.Id, answers), asked, errors, values);
    }

    private static (Answer? Answer, string? Error) ReadOne(AssessmentTemplate template, Question q, IFormCollection form, Dictionary<string, IReadOnlyList<string>> values)
    {
        if (q.Kind == QuestionKind.Scores)
        {
            var scores = new List<(string Option, string Score)>();
            foreach (var option in q.Options)
            {
                var v = Given(form[Field(q, option)]);
                values[Field(q, option)] = v;
                if (v.Count > 1)
                {
                    return (null, $"Give one score for {Label(template, option)}.");
                }

                if (v.Count == 1)
                {
                    scores.Add((option, v[0]));
                }
            }

            return scores.Count == 0
                ? (null, null)
                : Parse(q, "{" + string.Join(", ", scores.Select(s => AnswersWriter.Quote(s.Option) + ": " + AnswersWriter.Quote(s.Score))) + "}");
        }

        var given = Given(form[Field(q)]);
        values[Field(q)] = given;
        switch (q.Kind)
        {
            case QuestionKind.Multiple:
                var none = given.Contains(NoneValue);
                var chosen = given.Where(v => v != NoneValue).ToList();
                if (none && chosen.Count > 0)
                {
                    return (null, "Choose some options or “None of these”, not both.");
                }

                if (none)
                {
                    return (Answer.Many([]), null);
                }

                return chosen.Count == 0 ? (null, null) : Parse(q, "[" + string.Join(", ", chosen.Select(AnswersWriter.Quote)) + "]");
            case QuestionKind.Text:
                if (given.Count > 1)
                {
                    return (null, "Give one answer.");
                }

                if (given.Count == 0)
                {
                    return (null, null);
                }

                return given[0].Length > MaxTextLength
                    ? (null, $"Keep the answer under {MaxTextLength} characters ({given[0].Length} given); link to a document for more.")
                    : (Answer.Word(QuestionKind.Text, given[0]), null);
            default:
                if (given.Count > 1)
                {
                    return (null, "Choose one answer.");
                }

                return given.Count == 0 ? (null, null) : Parse(q, AnswersWriter.Quote(given[0]));
        }
    }

    // Trimmed, blank values dropped: an empty field is "not answered", never an answer of "".
    private static List<string> Given(StringValues raw) =>
        [.. raw.OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0)];

    private static (Answer? Answer, string? Error) Parse(Question q, string yaml)
    {
        var parsed = AnswersReader.Parse(q, yaml, q.Id);
        return parsed.Success ? (parsed.Value, null) : (null, Sentence(parsed.Errors[0].Message));
    }

    private static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..] + (message.EndsWith('.') ? string.Empty : ".");
}
