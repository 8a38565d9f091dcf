using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Plumbline.Cli.Tests.Native;

/// <summary>A release folder made by <c>build/release.sh</c>: the native <c>plumb</c> and the web build in <c>web/</c>.
/// The tests run both as processes on the same input and compare what they print and write.</summary>
internal static partial class NativeBuild
{
    public const string Variable = "PLUMB_NATIVE_DIST";

    /// <summary>The release folder, or null when <see cref="Variable"/> is not set (the native tests are then skipped).</summary>
    public static string? Dist { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } dist ? Path.GetFullPath(dist) : null;

    public static string Native => Path.Combine(Dist!, "plumb");

    public static string Web => Path.Combine(Dist!, "web", "plumb");

    /// <summary>Runs a build with redirected output (so 120 columns, no colour) and waits up to three minutes.</summary>
    public static async Task<ProcessRun> RunAsync(string program, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["COLUMNS"] = "120";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in three minutes");
        }

        return new ProcessRun(process.ExitCode, await output, await error);
    }

    /// <summary>The text with the moments it was made at, and the given folders, replaced by fixed words.</summary>
    public static string Normalise(string text, params string[] folders)
    {
        foreach (var folder in folders)
        {
            text = text.Replace(folder, "OUT", StringComparison.Ordinal);
        }

        // How far a stage got when a progress line was due depends on the machine's speed, not on the build.
        return Moment().Replace(RunningStage().Replace(text, string.Empty), "WHEN");
    }

    [GeneratedRegex(@"^audit: [a-z-]+: (?!starting$|done$|failed$)[^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex RunningStage();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}| UTC)?")]
    private static partial Regex Moment();
}

/// <summary>What a process printed and its exit code.</summary>
internal sealed record ProcessRun(int Exit, string Out, string Err);

/// <summary>A test of the native build: skipped, with the reason, unless <c>PLUMB_NATIVE_DIST</c> names a release folder
/// (CI makes one).</summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute()
    {
        if (NativeBuild.Dist is null)
        {
            Skip = $"{NativeBuild.Variable} is not set: build/release.sh makes the release folder it names (CI does)";
        }
    }
}
