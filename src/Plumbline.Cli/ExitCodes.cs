namespace Plumbline.Cli;

/// <summary>The exit codes of <c>plumb</c>, as documented in README and docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything ran; nothing at or above <c>--fail-on</c>.</summary>
    public const int Ok = 0;

    /// <summary>Items at or above the <c>--fail-on</c> quadrant were found.</summary>
    public const int FindingsAtOrAboveThreshold = 1;

    /// <summary>The command line or an input file was wrong; the message says which and what to do.</summary>
    public const int InputError = 2;

    /// <summary>A bug in Plumbline; please report it.</summary>
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl+C (SIGINT): 128 + 2, as shells report a process ended by that signal.</summary>
    public const int Cancelled = 130;
}
