using Spectre.Console;

namespace Plumbline.Cli;

/// <summary>What every command is given: the console to render to, the error stream, the clock, the environment.</summary>
/// <param name="Console">Spectre console over standard output (colour off under NO_COLOR or when redirected).</param>
/// <param name="Error">Standard error: one line per problem.</param>
/// <param name="Time">The clock.</param>
/// <param name="Interactive">True when a person is at the terminal (prompts and live progress allowed).</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Error, TimeProvider Time, bool Interactive)
{
    /// <summary>Writes one line naming the input and what to do, and returns the input-error exit code.</summary>
    public int InputError(string message)
    {
        Error.WriteLine($"plumb: {message}");
        return ExitCodes.InputError;
    }

    /// <summary>Writes each error on its own line and returns the input-error exit code.</summary>
    public int InputErrors(IEnumerable<object> errors)
    {
        foreach (var e in errors)
        {
            Error.WriteLine($"plumb: {e}");
        }

        return ExitCodes.InputError;
    }

    /// <summary>Today by the injected clock, in local time.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);
}
