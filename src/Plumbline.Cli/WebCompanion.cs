using System.CommandLine;
using System.Diagnostics;
using Plumbline.Cli.Commands;

namespace Plumbline.Cli;

/// <summary>How the native build of <c>plumb</c> runs the commands that need the web workspace (<c>serve</c>,
/// <c>export</c>, <c>import</c>): it starts the web build installed beside it, <c>web/plumb</c>, with the same arguments
/// and the same terminal, and exits with its exit code.</summary>
/// <remarks>The web workspace cannot be compiled ahead of time (Entity Framework Core builds its model at run time and
/// MVC binds models by reflection), so the native build leaves it out (docs/install.md). Compiled into both builds so
/// that the tests run it; only the native build uses it.</remarks>
internal static class WebCompanion
{
    /// <summary>Where the web build is installed, relative to the native one.</summary>
    public static string PathBeside(string nativeFolder) => Path.Combine(nativeFolder, "web", "plumb");

    /// <summary>True when the command line is one of the workspace commands (help included: the web build gives it).</summary>
    public static bool Handles(IReadOnlyList<string> args) => args.Count > 0 && WorkspaceCommands.All.Any(c => c.Name == args[0]);

    /// <summary>The stand-ins listed in <c>plumb --help</c>, named and described as the web build's commands. They have
    /// no action: <see cref="PlumbApp"/> hands a command line that starts with one of them over before parsing.</summary>
    public static IEnumerable<Command> StandIns() =>
        WorkspaceCommands.All.Select(c =>
        {
            var command = new Command(c.Name, c.Description);
            if (c.Argument is { } argument)
            {
                command.Arguments.Add(new Argument<string>(argument));
            }

            return command;
        });

    /// <summary>Runs the web build with <paramref name="args"/> and returns its exit code; when it is not installed,
    /// one line on <paramref name="error"/> and exit code 2.</summary>
    /// <remarks>Not cancellable: Ctrl+C stops the web build, which shuts down cleanly, and then this returns.</remarks>
    public static async Task<int> RunAsync(string companion, IReadOnlyList<string> args, TextWriter error)
    {
        if (!File.Exists(companion))
        {
            error.WriteLine($"plumb: '{args[0]}' runs on the web workspace, which this native build starts from {companion}: it is not there; install plumb with its web folder (docs/install.md)");
            return ExitCodes.InputError;
        }

        var start = new ProcessStartInfo(companion) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Ctrl+C reaches the web build as well (one process group): wait for it to shut down and pass on its exit code.
        ConsoleCancelEventHandler wait = (_, e) => e.Cancel = true;
        Console.CancelKeyPress += wait;
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{companion} could not be started");
            await process.WaitForExitAsync().ConfigureAwait(false);
            return process.ExitCode;
        }
        finally
        {
            Console.CancelKeyPress -= wait;
        }
    }
}
