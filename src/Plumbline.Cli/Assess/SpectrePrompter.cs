using Plumbline.Core.Assessments;
using Spectre.Console;

namespace Plumbline.Cli.Assess;

/// <summary>Asks questions in the terminal with Spectre.Console prompts; every answer is checked by the same reader as answers files.</summary>
/// <remarks>Menus need ANSI; without it (NO_COLOR, a dumb terminal) choices are typed instead, checked the same way.</remarks>
internal sealed class SpectrePrompter(IAnsiConsole console) : IQuestionPrompter
{
    public void BeginSection(AssessmentTemplate template, Section section)
    {
        console.WriteLine();
        console.Write(new Spectre.Console.Rule($"[bold]{Markup.Escape(section.Title)}[/]").LeftJustified());
    }

    public Answer Ask(Question question, int number, int total)
    {
        var title = $"[grey]{number}/{total}[/] {Markup.Escape(question.Text)}";
        if (question.Help is { } help)
        {
            console.MarkupLine($"[grey]{Markup.Escape(help)}[/]");
        }

        var menus = console.Profile.Capabilities.Ansi;
        switch (question.Kind)
        {
            case QuestionKind.YesNoUnsure or QuestionKind.Single when !menus:
                return Typed(question, $"{title} [grey]({Markup.Escape(string.Join(" / ", question.Choices))})[/]");
            case QuestionKind.Multiple when !menus:
                return Typed(question, $"{title} [grey](comma-separated, or empty for none: {Markup.Escape(string.Join(", ", question.Options))})[/]");
            case QuestionKind.YesNoUnsure or QuestionKind.Single:
                var choice = console.Prompt(new SelectionPrompt<string>().Title(title).AddChoices(question.Choices));
                console.MarkupLine($"{title} [green]{Markup.Escape(choice)}[/]");
                return Answer.Word(question.Kind, choice);
            case QuestionKind.Multiple:
                var chosen = console.Prompt(new MultiSelectionPrompt<string>()
                    .Title(title)
                    .NotRequired()
                    .InstructionsText("[grey](space to pick, enter when done; none is a valid answer)[/]")
                    .AddChoices(question.Options));
                var ordered = question.Options.Where(chosen.Contains).ToList();
                console.MarkupLine($"{title} [green]{Markup.Escape(ordered.Count == 0 ? "(none)" : string.Join(", ", ordered))}[/]");
                return Answer.Many(ordered);
            case QuestionKind.Scores:
                console.MarkupLine(title);
                var scores = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var option in question.Options)
                {
                    scores[option] = console.Prompt(new TextPrompt<int>($"  {Markup.Escape(option)} [grey](1 worst – 5 best)[/]")
                        .Validate(n => n is >= 1 and <= 5 ? ValidationResult.Success() : ValidationResult.Error("[red]Score from 1 to 5[/]")));
                }

                return Answer.Scored(scores);
            default:
                var hint = question.Kind switch
                {
                    QuestionKind.Number => " [grey](a number)[/]",
                    QuestionKind.Date => " [grey](yyyy-mm-dd)[/]",
                    _ => string.Empty,
                };
                return Typed(question, title + hint);
        }
    }

    private Answer Typed(Question question, string title)
    {
        var prompt = new TextPrompt<string>(title).Validate(text =>
        {
            var parsed = AnswersReader.Parse(question, Quote(question, text));
            return parsed.Success ? ValidationResult.Success() : ValidationResult.Error($"[red]{Markup.Escape(parsed.Errors[0].Message)}[/]");
        });
        if (question.Kind is QuestionKind.Text or QuestionKind.Multiple)
        {
            prompt.AllowEmpty();
        }

        var typed = console.Prompt(prompt);
        return AnswersReader.Parse(question, Quote(question, typed)).Value;
    }

    // Free text is taken literally, not as YAML ("a: b" or "- x" must stay text); a typed list becomes a YAML list.
    private static string Quote(Question question, string text) => question.Kind switch
    {
        QuestionKind.Text => AnswersWriter.Quote(text),
        QuestionKind.Multiple => "[" + string.Join(", ", text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(AnswersWriter.Quote)) + "]",
        _ => text,
    };
}
