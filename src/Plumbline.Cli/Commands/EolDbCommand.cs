using System.CommandLine;
using System.Globalization;
using Plumbline.Checks.EndOfLife;
using Plumbline.Checks.Vulnerabilities;
using Spectre.Console;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb eoldb update|status</c>: the end-of-life data (endoflife.date, MIT) the audit's endoflife stage reads.</summary>
internal static class EolDbCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("eoldb", "Manage the end-of-life data (release cycles and support dates from endoflife.date, MIT licence) that 'plumb audit' checks platforms against");
        command.Subcommands.Add(Update(cli));
        command.Subcommands.Add(Status(cli));
        return command;
    }

    private static Option<string?> DataOption() => new("--data")
    {
        Description = $"The data folder (default: ${PlumbDataFolder.EnvironmentVariable}, else ~/.local/share/plumbline or the platform's equivalent)",
    };

    private static Command Update(CliContext cli)
    {
        var path = new Argument<string>("path") { Description = "The endoflife.date repository, its products folder, or a zip of the repository" };
        var data = DataOption();
        var command = new Command("update", "Import end-of-life data from a copy of the endoflife.date repository (offline); it replaces the data built into plumb") { path, data };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(path)!;
            var (database, error) = EolImporter.Import(given, cli.Time.GetUtcNow());
            if (error is not null)
            {
                return cli.InputError(error);
            }

            var store = new EolStore(PlumbDataFolder.Resolve(parse.GetValue(data)));
            store.Save(database!);
            var missing = KnownPlatform.All.Select(k => k.Id).Where(id => database!.Find(id) is null).ToList();
            cli.Console.MarkupLineInterpolated($"Imported [bold]{database!.Products.Count}[/] products, data as of [bold]{database.DataAsOf:yyyy-MM-dd}[/] (source: {EolDatabase.Attribution}).");
            if (missing.Count > 0)
            {
                cli.Console.MarkupLineInterpolated($"[yellow]Not in {given}: {string.Join(", ", missing)}; platforms of those products will be reported as not judged.[/]");
            }

            cli.Console.MarkupLineInterpolated($"[grey]Data: {store.File}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Status(CliContext cli)
    {
        var data = DataOption();
        var command = new Command("status", "Show which end-of-life data the audit uses, its date and its products") { data };
        command.SetAction(parse =>
        {
            var store = new EolStore(PlumbDataFolder.Resolve(parse.GetValue(data)));
            EolDatabase? database;
            try
            {
                database = store.Load();
            }
            catch (InvalidDataException ex)
            {
                return cli.InputError(ex.Message);
            }

            if (database is null)
            {
                cli.Console.MarkupLineInterpolated($"No end-of-life data: this build of plumb has none built in and {store.File} does not exist, so audits say platforms were not checked. Run 'plumb eoldb update PATH' with a copy of the endoflife.date repository.");
                return ExitCodes.Ok;
            }

            var days = DateOnly.FromDateTime(cli.Time.GetUtcNow().UtcDateTime).DayNumber - database.DataAsOf.DayNumber;
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Source", "Data as of", "Age", "Products", "Imported (UTC)", "From");
            table.AddRow(
                Markup.Escape(EolDatabase.Attribution),
                database.DataAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                days > 180 ? $"[yellow]{days} days (old)[/]" : $"{days} days",
                database.Products.Count.ToString(CultureInfo.InvariantCulture),
                database.ImportedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "built in",
                Markup.Escape(database.Origin));
            cli.Console.Write(table);
            cli.Console.MarkupLineInterpolated($"[grey]Products: {string.Join(", ", database.Products.Keys.Order(StringComparer.Ordinal))}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
