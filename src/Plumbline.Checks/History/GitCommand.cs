using System.Diagnostics;
using System.Text;

namespace Plumbline.Checks.History;

/// <summary>Starts git on a target so that nothing from the target runs: no hooks, pagers, textconv or
/// external diff drivers, no fsmonitor, no signature checks, no system or global configuration.</summary>
internal static class GitCommand
{
    // Options that neutralise target configuration which could run a program while we read history.
    private static readonly string[] SafetyConfig =
    [
        "-c", "core.hooksPath=/dev/null",
        "-c", "core.fsmonitor=false",
        "-c", "core.pager=cat",
        "-c", "log.showSignature=false",
        "-c", "diff.external=",
        "-c", "i18n.logOutputEncoding=UTF-8",
        "-c", "core.quotePath=false",
    ];

    /// <summary>Starts <c>git -C root args</c> with stdout redirected (and stdin when asked).</summary>
    public static Process Start(string root, IEnumerable<string> args, bool redirectInput = false)
    {
        var info = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add("--no-pager");
        foreach (var a in SafetyConfig)
        {
            info.ArgumentList.Add(a);
        }

        info.ArgumentList.Add("-C");
        info.ArgumentList.Add(root);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        info.Environment["GIT_NO_LAZY_FETCH"] = "1";
        info.Environment["GIT_PAGER"] = "cat";
        info.Environment["GIT_EXTERNAL_DIFF"] = string.Empty;
        info.Environment["LC_ALL"] = "C";
        info.Environment.Remove("GIT_DIR");
        info.Environment.Remove("GIT_WORK_TREE");
        info.Environment.Remove("GIT_INDEX_FILE");
        return Process.Start(info) ?? throw new InvalidOperationException("git could not be started");
    }

    /// <summary>Runs a short git command and returns its exit code, stdout and stderr.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string root, IEnumerable<string> args, CancellationToken ct)
    {
        using var process = Start(root, args);
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        return (process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
    }

    /// <summary>The first line of git's error output, for a finding's detail.</summary>
    public static string FirstLine(string error)
    {
        var line = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return string.IsNullOrEmpty(line) ? "git failed without a message" : line;
    }
}
