using System.CommandLine;
using System.Globalization;
using System.Net;
using Plumbline.Checks.Vulnerabilities;
using Plumbline.Checks.Vulnerabilities.Index;
using Spectre.Console;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb vulndb import|update|status</c>: the offline OSV vulnerability database the audit reads.</summary>
internal static class VulnDbCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("vulndb", "Manage the offline vulnerability database (OSV advisories) that 'plumb audit' checks dependencies against");
        command.Subcommands.Add(Import(cli));
        command.Subcommands.Add(Update(cli));
        command.Subcommands.Add(Status(cli));
        return command;
    }

    private static Option<string?> DataOption() => new("--data")
    {
        Description = $"The data folder (default: ${PlumbDataFolder.EnvironmentVariable}, else ~/.local/share/plumbline or the platform's equivalent)",
    };

    private static Command Import(CliContext cli)
    {
        var paths = new Argument<string[]>("path") { Description = "OSV all.zip archives, folders of OSV .json files, or single .json files", Arity = ArgumentArity.OneOrMore };
        var data = DataOption();
        var command = new Command("import", "Import OSV advisories from archives or folders into the local index (each ecosystem found replaces its previous import)") { paths, data };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) ?? [];
            foreach (var p in given)
            {
                if (!File.Exists(p) && !Directory.Exists(p))
                {
                    return cli.InputError($"{p}: no such file or folder (give an OSV all.zip, a folder of OSV .json files, or a .json file)");
                }
            }

            var store = new VulnIndexStore(PlumbDataFolder.Resolve(parse.GetValue(data)));
            var summary = new OsvImporter(store, cli.Time).Import(given);
            if (summary.Error is not null)
            {
                return cli.InputError(summary.Error);
            }

            if (summary.Ecosystems.Count == 0)
            {
                return cli.InputError($"no usable OSV advisories in {string.Join(", ", given)} ({summary.Documents} JSON documents read, {summary.Skipped} skipped{(summary.Notes.Count > 0 ? $": {summary.Notes[0]}" : string.Empty)})");
            }

            foreach (var e in summary.Ecosystems)
            {
                cli.Console.MarkupLineInterpolated($"Imported [bold]{e.Name}[/]: {e.Advisories} advisories for {e.Packages} packages");
            }

            cli.Console.MarkupLineInterpolated($"[grey]{summary.Documents} documents read, {summary.Skipped} skipped (withdrawn, without versions, or not OSV). Index: {store.Folder}[/]");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Update(CliContext cli)
    {
        var source = new Option<string?>("--source") { Description = $"Where to download <Ecosystem>/all.zip from (default {OsvDownloader.DefaultSource})" };
        var ecosystems = new Option<string[]>("--ecosystem")
        {
            Description = $"An ecosystem to fetch (repeatable; default: {string.Join(", ", Ecosystems.Supported)})",
            AllowMultipleArgumentsPerToken = false,
        };
        var data = DataOption();
        var command = new Command("update", "Download the OSV all.zip archive of each ecosystem and import it") { source, ecosystems, data };
        command.SetAction(async (parse, ct) =>
        {
            var url = parse.GetValue(source) ?? OsvDownloader.DefaultSource;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return cli.InputError($"--source: '{url}' is not an http(s) URL (for example {OsvDownloader.DefaultSource})");
            }

            var wanted = parse.GetValue(ecosystems) is { Length: > 0 } list ? list : [.. Ecosystems.Supported];
            var store = new VulnIndexStore(PlumbDataFolder.Resolve(parse.GetValue(data)));
            using var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
                ConnectTimeout = TimeSpan.FromSeconds(30),
                AutomaticDecompression = DecompressionMethods.All,
            };
            using var http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
            http.DefaultRequestHeaders.UserAgent.ParseAdd($"plumbline/{PlumbApp.Version}");
            var progress = new Progress<string>(message => cli.Error.WriteLine($"plumb: {message}"));
            var outcomes = await new OsvDownloader(http, store, cli.Time).UpdateAsync(url, wanted, cli.Interactive ? progress : null, ct);
            var failed = 0;
            foreach (var o in outcomes)
            {
                if (o.Import is { } import)
                {
                    cli.Console.MarkupLineInterpolated($"Updated [bold]{o.Ecosystem}[/]: {import.Advisories} advisories for {import.Packages} packages");
                }
                else
                {
                    failed++;
                    cli.Error.WriteLine($"plumb: {o.Ecosystem}: {o.Url}: {o.Error}; the previous {o.Ecosystem} index (if any) was kept");
                }
            }

            cli.Console.MarkupLineInterpolated($"[grey]Index: {store.Folder}[/]");
            return failed == 0 ? ExitCodes.Ok : ExitCodes.InputError;
        });
        return command;
    }

    private static Command Status(CliContext cli)
    {
        var data = DataOption();
        var command = new Command("status", "Show the ecosystems in the local vulnerability database, their advisory counts and age") { data };
        command.SetAction(parse =>
        {
            var store = new VulnIndexStore(PlumbDataFolder.Resolve(parse.GetValue(data)));
            IndexMetadata? meta;
            try
            {
                meta = store.ReadMetadata();
            }
            catch (InvalidDataException ex)
            {
                return cli.InputError(ex.Message);
            }

            if (meta is null || meta.Ecosystems.Count == 0)
            {
                cli.Console.MarkupLineInterpolated($"No vulnerability database in {store.DataFolder}: audits will say dependencies were not checked. Run 'plumb vulndb update' or 'plumb vulndb import PATH'.");
                return ExitCodes.Ok;
            }

            var now = cli.Time.GetUtcNow();
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Ecosystem", "Advisories", "Packages", "Imported (UTC)", "Age", "Source");
            foreach (var e in meta.Ecosystems)
            {
                var days = (now - e.ImportedAt).TotalDays;
                var age = days < 1 ? "today" : $"{(int)days} days";
                var stale = days > VulnerabilitiesConfig.DefaultMaxAgeDays;
                table.AddRow(
                    Markup.Escape(e.Name),
                    e.Advisories.ToString(CultureInfo.InvariantCulture),
                    e.Packages.ToString(CultureInfo.InvariantCulture),
                    e.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    stale ? $"[yellow]{age} (stale)[/]" : age,
                    Markup.Escape(e.Source));
            }

            cli.Console.Write(table);
            cli.Console.MarkupLineInterpolated($"[grey]Index: {store.Folder}. Audits treat data older than {VulnerabilitiesConfig.DefaultMaxAgeDays} days as stale (vulnerabilities: max-age-days in plumbline.yml).[/]");
            return ExitCodes.Ok;
        });
        return command;
    }
}
