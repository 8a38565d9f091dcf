using System.CommandLine;
using Plumbline.Cli.Input;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;
using Spectre.Console;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb catalog</c>: the recommendations findings feed, with their default impact, effort and phase.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext cli)
    {
        var category = new Option<string?>("--category") { Description = "Only recommendations in this category (security, data, engineering, ...)" };
        var show = new Option<string?>("--show") { Description = "Show one recommendation in full, by id" };
        var command = new Command("catalog", "List the catalog of recommendations (built-in plus --catalog FILE)") { category, show };
        var catalogOption = CatalogOption.AddTo(command);
        command.SetAction(parse =>
        {
            var (catalog, errors) = catalogOption.Read(parse);
            if (catalog is null)
            {
                return cli.InputErrors(errors);
            }

            if (parse.GetValue(show) is { } id)
            {
                var r = catalog.Find(id);
                if (r is null)
                {
                    return cli.InputError($"--show: no recommendation '{id}' (run 'plumb catalog' to list them)");
                }

                cli.Console.MarkupLineInterpolated($"[bold]{r.Title}[/] [grey]({r.Id})[/]");
                cli.Console.MarkupLineInterpolated($"[grey]{r.Category} · impact {r.Impact} · effort {r.Effort} · {r.Phase.Label()} · {QuadrantRules.Of(r.Impact, r.Effort).Label()}[/]");
                cli.Console.MarkupLineInterpolated($"[bold]Why:[/] {r.Why}");
                cli.Console.MarkupLineInterpolated($"[bold]How:[/] {r.How}");
                return ExitCodes.Ok;
            }

            var filter = parse.GetValue(category);
            var listed = catalog.All.Where(r => filter is null || string.Equals(r.Category, filter, StringComparison.OrdinalIgnoreCase)).ToList();
            if (!cli.Interactive)
            {
                // Piped or in a log: one tab-separated line per recommendation, so grep and cut see whole words.
                cli.Console.Profile.Out.Writer.WriteLine(string.Join('\t', "id", "title", "category", "impact", "effort", "phase", "quadrant"));
                foreach (var r in listed)
                {
                    cli.Console.Profile.Out.Writer.WriteLine(string.Join('\t', Row(r)));
                }

                return ExitCodes.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            // Ids are what people copy into plumbline.yml: the title wraps, an id never does.
            table.AddColumn(new TableColumn("Id").NoWrap());
            table.AddColumns("Title", "Category", "Impact", "Effort", "Phase", "Quadrant");
            foreach (var r in listed)
            {
                table.AddRow([.. Row(r).Select(Markup.Escape)]);
            }

            cli.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string[] Row(Recommendation r) =>
    [
        r.Id,
        r.Title,
        r.Category,
        r.Impact.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        r.Effort.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        r.Phase.Label(),
        QuadrantRules.Of(r.Impact, r.Effort).Label(),
    ];
}
