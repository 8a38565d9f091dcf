using System.CommandLine;
using System.Reflection;
using Spectre.Console;

namespace Plumbline.Cli;

/// <summary>The <c>plumb</c> application: parses, dispatches, and maps failures to exit codes.</summary>
internal static class PlumbApp
{
    public static string Version =>
        typeof(PlumbApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Runs <c>plumb</c> with the given streams; tests call this in-process.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, bool? interactive = null, CancellationToken cancellationToken = default)
    {
#if NATIVE
        // The native build has no web workspace: the web build beside it runs these, help included (WebCompanion).
        if (WebCompanion.Handles(args))
        {
            return await WebCompanion.RunAsync(WebCompanion.PathBeside(AppContext.BaseDirectory), args, error);
        }

#endif
        // Nearly every command reads YAML (the catalog at least): its one-time cost is paid while the command line is parsed.
        WarmUp.Yaml();
        var isInteractive = interactive ?? (!Console.IsOutputRedirected && !Console.IsInputRedirected && Environment.GetEnvironmentVariable("CI") is null);
        var console = CreateConsole(output, isInteractive);
        var cli = new CliContext(console, error, time, isInteractive);
        var root = new RootCommand(
            "Plumbline audits the technology a small business has and says what to fix first, and why.\n" +
            "Exit codes: 0 ok, 1 items at or above --fail-on, 2 usage or input error, 3 internal error, 130 cancelled (Ctrl+C).");
        foreach (var command in PlumbCommands.All(cli))
        {
            root.Subcommands.Add(command);
        }

        if (args is ["--version"])
        {
            // Our own version, not the host's: under a test runner the entry assembly is the runner.
            output.WriteLine(Version);
            return ExitCodes.Ok;
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                error.WriteLine($"plumb: {e.Message}");
            }

            error.WriteLine("plumb: run 'plumb --help' for usage");
            return ExitCodes.InputError;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("plumb: cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex)
        {
            // A bug: one line on stderr, the detail only when asked for.
            error.WriteLine($"plumb: internal error: {ex.GetType().Name}: {ex.Message} (please report this; set PLUMB_DEBUG=1 for details)");
            if (Environment.GetEnvironmentVariable("PLUMB_DEBUG") == "1")
            {
                error.WriteLine(ex.ToString());
            }

            return ExitCodes.InternalError;
        }
    }

    internal static IAnsiConsole CreateConsole(TextWriter output, bool interactive)
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var settings = new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = noColor || !interactive ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = noColor || !interactive ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        };
        var console = AnsiConsole.Create(settings);
        if (!interactive)
        {
            // Redirected output: a fixed, readable width instead of the 80 columns Spectre assumes.
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var cols) && cols > 20 ? cols : 120;

            // Nothing pages or redraws when the output is redirected, so the height is never used; setting it
            // keeps Spectre from asking the terminal, which loads the terminfo database (about 30 ms).
            console.Profile.Height = 24;
        }

        return console;
    }
}
