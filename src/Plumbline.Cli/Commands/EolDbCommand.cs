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
        var command = new Command("eoldb", "Manage the end-of-life data (release cycles and support dates) that 'plumb audit' checks platforms against: a baseline built into plumb, or newer data imported from endoflife.date (MIT licence)");
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
        var command = new Command("update", "Import end-of-life data from a copy of the endoflife.date repository (offline); audits use it instead of the built-in baseline while it is at least as new") { path, data };
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
            cli.Console.MarkupLineInterpolated($"Imported [bold]{database!.Products.Count}[/] products, data as of [bold]{database.DataAsOf:yyyy-MM-dd}[/] (source: {database.Attribution}).");
            var baseline = EolBaseline.BuiltIn;
            if (EolStore.Newer(database, baseline) == baseline)
            {
                cli.Console.MarkupLineInterpolated($"[yellow]This data is older than the baseline built into plumb (data as of {baseline.DataAsOf:yyyy-MM-dd}), so audits keep using the baseline; import a newer copy to use it.[/]");
            }

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
            EolDatabase? imported;
            try
            {
                imported = store.Imported();
            }
            catch (InvalidDataException ex)
            {
                return cli.InputError(ex.Message);
            }

            var baseline = EolBaseline.BuiltIn;
            var used = EolStore.Newer(imported, baseline);
            var today = DateOnly.FromDateTime(cli.Time.GetUtcNow().UtcDateTime);
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Data", "Source", "Data as of", "Age", "Products", "Imported (UTC)", "Used");
            foreach (var database in new[] { imported, baseline }.OfType<EolDatabase>())
            {
                var days = database.AgeOn(today);
                table.AddRow(
                    Markup.Escape(database.Origin),
                    Markup.Escape(database.Attribution),
                    database.DataAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    days > PlatformSnapshot.StaleDays ? $"[yellow]{days} days (old)[/]" : $"{days} days",
                    database.Products.Count.ToString(CultureInfo.InvariantCulture),
                    database.ImportedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-",
                    database == used ? "[green]yes[/]" : "no");
            }

            cli.Console.Write(table);
            cli.Console.MarkupLineInterpolated($"Audits use: {used.SourceText}.");
            cli.Console.MarkupLineInterpolated($"[grey]Products: {string.Join(", ", used.Products.Keys.Order(StringComparer.Ordinal))}[/]");
            if (imported is null)
            {
                cli.Console.MarkupLineInterpolated($"[grey]No imported data ({store.File}); 'plumb eoldb update PATH' imports newer dates and more products from the endoflife.date repository.[/]");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
