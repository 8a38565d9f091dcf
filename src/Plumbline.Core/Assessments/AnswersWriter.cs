using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Plumbline.Core.Assessments;

/// <summary>Writes answers as the YAML file <see cref="AnswersReader"/> reads, in question order, each under its question as a comment.</summary>
public static partial class AnswersWriter
{
    private static readonly JsonWriterOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9 ._/-]*$")]
    private static partial Regex PlainWord();

    /// <summary>The answers file text.</summary>
    public static string Write(AssessmentTemplate template, AssessmentAnswers answers)
    {
        var sb = new StringBuilder();
        sb.Append("# Answers to '").Append(template.Title).Append("' (plumb assess ").Append(template.Id).Append(").\n");
        sb.Append("template: ").Append(template.Id).Append('\n');
        sb.Append("answers:");
        var any = false;
        foreach (var section in template.Sections)
        {
            var first = true;
            foreach (var q in section.Questions)
            {
                if (!answers.Values.TryGetValue(q.Id, out var a))
                {
                    continue;
                }

                if (first)
                {
                    sb.Append(any ? "\n  # " : "\n\n  # ").Append(OneLine(section.Title)).Append('\n');
                    first = false;
                }

                any = true;
                sb.Append("  # ").Append(OneLine(q.Text)).Append('\n');
                sb.Append("  ").Append(q.Id).Append(':').Append(Value(a)).Append('\n');
            }
        }

        if (!any)
        {
            sb.Append(" {}\n");
        }

        return sb.ToString();
    }

    private static string Value(Answer a) => a.Kind switch
    {
        QuestionKind.Multiple => " [" + string.Join(", ", a.Choices.Select(Scalar)) + "]",
        QuestionKind.Scores => " { " + string.Join(", ", a.Scores.Select(s => $"{Scalar(s.Key)}: {s.Value}")) + " }",
        QuestionKind.Text => " " + Quote(a.Text ?? string.Empty),
        _ => " " + Scalar(a.Display),
    };

    // Plain when unambiguous to a reader, JSON-quoted (valid YAML double-quoted) otherwise.
    private static string Scalar(string s) =>
        PlainWord().IsMatch(s) && !s.EndsWith(' ') ? s : Quote(s);

    /// <summary>The text as a YAML double-quoted scalar, which is a JSON string: read back, it is the same text, never
    /// a list, a mapping or a number.</summary>
    public static string Quote(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Quoting))
        {
            writer.WriteStringValue(text);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}
