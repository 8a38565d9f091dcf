using Plumbline.Core.Assessments;
using Spectre.Console;

namespace Plumbline.Cli.Assess;

/// <summary>Asks questions in the terminal with Spectre.Console prompts; every answer is checked by the same reader as answers files.</summary>
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

        switch (question.Kind)
        {
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
                var prompt = new TextPrompt<string>(title + hint).Validate(text =>
                {
                    var parsed = AnswersReader.Parse(question, Quote(question, text));
                    return parsed.Success ? ValidationResult.Success() : ValidationResult.Error($"[red]{Markup.Escape(parsed.Errors[0].Message)}[/]");
                });
                if (question.Kind == QuestionKind.Text)
                {
                    prompt.AllowEmpty();
                }

                var typed = console.Prompt(prompt);
                return AnswersReader.Parse(question, Quote(question, typed)).Value;
        }
    }

    // Free text is taken literally, not as YAML ("a: b" or "- x" must stay text).
    private static string Quote(Question question, string text) =>
        question.Kind == QuestionKind.Text ? System.Text.Json.JsonSerializer.Serialize(text) : text;
}
