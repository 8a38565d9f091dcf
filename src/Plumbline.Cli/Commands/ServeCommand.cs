using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Plumbline.Web.Hosting;
using Spectre.Console;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb serve</c>: the web workspace on http://127.0.0.1:5080.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(CliContext cli)
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {DefaultUrls}); several separated by ';'", DefaultValueFactory = _ => DefaultUrls };
        var demo = new Option<bool>("--demo") { Description = "Seed a demo engagement so the matrix has something on it" };
        var allowPrivate = new Option<bool>("--allow-private-targets")
        {
            Description = "Let audits and checks started from the page reach private, loopback and link-local addresses (off: only public ones)",
        };
        var command = new Command(WorkspaceCommands.Serve, WorkspaceCommands.ServeDescription) { urls, demo, allowPrivate };
        var data = WorkspaceDataOptions.AddTo(command);

        command.SetAction(async (parse, ct) =>
        {
            var listen = parse.GetValue(urls)!;
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    return cli.InputError($"--urls: '{url}' is not an http:// or https:// address, e.g. {DefaultUrls}");
                }
            }

            var options = data.Read(parse);
            var (database, error) = await WorkspaceDataOptions.OpenAsync(options, mayCreate: true, ct);
            if (database is null)
            {
                return cli.InputError(error!);
            }

            var settings = new Dictionary<string, string?>
            {
                ["urls"] = listen,
                [$"{WorkspaceOptions.Section}:{nameof(WorkspaceOptions.DataDir)}"] = options.DataDir,
                [$"{WorkspaceOptions.Section}:{nameof(WorkspaceOptions.Database)}"] = options.Database,
                [$"{WorkspaceOptions.Section}:{nameof(WorkspaceOptions.Demo)}"] = parse.GetValue(demo) ? "true" : "false",
                [$"{WorkspaceOptions.Section}:{nameof(WorkspaceOptions.AllowPrivateTargets)}"] = parse.GetValue(allowPrivate) ? "true" : "false",
            };
            var app = WorkspaceHost.Build([], builder => builder.Configuration.AddInMemoryCollection(settings));
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException ex)
            {
                await app.DisposeAsync();
                return cli.InputError($"--urls {listen}: cannot listen ({ex.Message}); is another server using the port?");
            }

            cli.Console.WriteLine($"Plumbline workspace on {string.Join(", ", app.Urls)} (data: {database.Description}). Ctrl+C to stop.");
            await app.WaitForShutdownAsync(ct);
            await app.DisposeAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}
