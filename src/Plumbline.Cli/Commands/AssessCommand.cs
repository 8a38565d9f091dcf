using System.CommandLine;
using Plumbline.Cli.Assess;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;
using Plumbline.Core.Assessments;
using Spectre.Console;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb assess TEMPLATE</c>: ask (or read) the answers to an assessment and report what they add up to.</summary>
internal static class AssessCommand
{
    public static Command Create(CliContext cli) => Create(cli, console => new SpectrePrompter(console));

    /// <summary>Builds the command with a prompter factory, so tests can script the interactive path.</summary>
    public static Command Create(CliContext cli, Func<IAnsiConsole, IQuestionPrompter> prompterFactory)
    {
        var templateArg = new Argument<string?>("template") { Description = "The template id (see --list)", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List the available templates and exit" };
        var answersOption = new Option<string?>("--answers") { Description = "Read answers from this YAML file instead of asking (docs/assessments.md)" };
        var saveOption = new Option<string?>("--save") { Description = "Where interactive answers are saved as you go (default: TEMPLATE.answers.yml); rerun with the same file to resume" };
        var templatesOption = new Option<string?>("--templates") { Description = "A folder of your own templates (*.yml) to add to the built-in ones" };
        var command = new Command("assess", "Answer an assessment (blunt questions as data) and turn the answers into findings, a matrix and a roadmap")
        {
            templateArg, list, answersOption, saveOption, templatesOption,
        };
        var catalogOption = CatalogOption.AddTo(command);
        var reportOptions = ReportOptions.AddTo(command);

        command.SetAction(parse =>
        {
            var (request, optionError) = reportOptions.Read(parse);
            if (request is null)
            {
                return cli.InputError(optionError!);
            }

            var (catalog, catalogErrors) = catalogOption.Read(parse);
            if (catalog is null)
            {
                return cli.InputErrors(catalogErrors);
            }

            var (library, libraryErrors) = TemplateFolder.Load(parse.GetValue(templatesOption), catalog);
            if (library is null)
            {
                return cli.InputErrors(libraryErrors);
            }

            if (parse.GetValue(list))
            {
                return List(cli, library);
            }

            var id = parse.GetValue(templateArg);
            if (string.IsNullOrWhiteSpace(id))
            {
                return cli.InputError("assess: name a template, e.g. 'plumb assess security-basics' (run 'plumb assess --list' to see them)");
            }

            var template = library.Find(id);
            if (template is null)
            {
                return cli.InputError($"assess: no template '{id}'; available: {string.Join(", ", library.All.Select(t => t.Id))}");
            }

            AssessmentAnswers answers;
            string target;
            if (parse.GetValue(answersOption) is { } answersPath)
            {
                var (text, readError) = InputFile.ReadText(answersPath, "answers file");
                if (text is null)
                {
                    return cli.InputError(readError!);
                }

                var read = AnswersReader.Read(text, answersPath, template);
                if (!read.Success)
                {
                    return cli.InputErrors(read.Errors);
                }

                answers = read.Value;
                target = answersPath;
            }
            else
            {
                if (!cli.Interactive)
                {
                    return cli.InputError($"assess: no terminal to ask questions in; pass --answers FILE (write one by hand or save one with an interactive 'plumb assess {template.Id}')");
                }

                var savePath = parse.GetValue(saveOption) ?? $"{template.Id}.answers.yml";
                var (store, storeErrors) = AnswerStore.Open(savePath, template);
                if (store is null)
                {
                    return cli.InputErrors(storeErrors);
                }

                cli.Console.MarkupLineInterpolated($"[bold]{template.Title}[/]: {template.Description}");
                if (store.Answers.Values.Count > 0)
                {
                    cli.Console.MarkupLineInterpolated($"[grey]Resuming: {store.Answers.Values.Count} answers already in {savePath}.[/]");
                }

                try
                {
                    AssessmentSession.Run(store, prompterFactory(cli.Console), cli.Today);
                }
                catch (IOException ex)
                {
                    return cli.InputError($"{savePath}: cannot save answers ({ex.Message}); choose another file with --save");
                }

                cli.Console.MarkupLineInterpolated($"[grey]Answers saved to[/] {savePath}");
                answers = store.Answers;
                target = savePath;
            }

            var result = AssessmentEngine.Evaluate(template, answers, catalog, cli.Today);
            if (result.Unanswered.Count > 0)
            {
                var notice = $"{(result.Unanswered.Count == 1 ? "1 question was" : $"{result.Unanswered.Count} questions were")} not answered, so their rules could not apply: {string.Join(", ", result.Unanswered)}";
                if (request.ToStandardOutput)
                {
                    // The report is on standard output (--out -): a notice there would break its JSON or CSV.
                    cli.Error.WriteLine($"plumb: {notice}");
                }
                else
                {
                    cli.Console.MarkupLineInterpolated($"[yellow]{notice}[/]");
                }
            }

            var report = AssessmentReport.Create(result, target, cli.Time.GetUtcNow(), cli.Today, catalog);
            return report.Success
                ? ReportOutput.Emit(cli, report.Value, request, ReportOutput.BaseName("assess", template.Id))
                : cli.InputErrors(report.Errors);
        });
        return command;
    }

    private static int List(CliContext cli, TemplateLibrary library)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Template", "Title", "Questions", "Rules", "Source");
        foreach (var t in library.All)
        {
            table.AddRow(
                Markup.Escape(t.Id),
                Markup.Escape(t.Title),
                t.Questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (t.Rules.Count + (t.Decision is null ? 0 : 1)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                t.BuiltIn ? "built-in" : Markup.Escape(t.Source));
        }

        cli.Console.Write(table);
        cli.Console.MarkupLine("[grey]Run 'plumb assess TEMPLATE' to answer one, or 'plumb assess TEMPLATE --answers FILE'.[/]");
        return ExitCodes.Ok;
    }
}
