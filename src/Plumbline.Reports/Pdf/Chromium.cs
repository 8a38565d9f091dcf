namespace Plumbline.Reports.Pdf;

/// <summary>Finds a Chromium-family browser to print reports with: <c>PLUMB_CHROMIUM</c> when set, else the usual
/// names on PATH and the usual install folders.</summary>
/// <remarks>Plumbline ships no browser: a PDF is printed by one the machine already has, so it looks exactly like the
/// HTML report printed by hand.</remarks>
public static class Chromium
{
    /// <summary>The environment variable that names the browser to use.</summary>
    public const string Variable = "PLUMB_CHROMIUM";

    /// <summary>What to tell someone who has none, in one line.</summary>
    public const string HowToInstall =
        "install Chromium or Google Chrome (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium; Windows: install Google Chrome) or set PLUMB_CHROMIUM to its path";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "chrome"];

    private static readonly string[] Installed =
    [
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
    ];

    /// <summary>The browser's path, or null when none is installed (or PLUMB_CHROMIUM names a file that does not exist).</summary>
    public static string? Find() => Find(Environment.GetEnvironmentVariable);

    /// <summary>The same, reading the environment through <paramref name="environment"/> (tests pass their own).</summary>
    public static string? Find(Func<string, string?> environment)
    {
        if (environment(Variable) is { Length: > 0 } chosen)
        {
            return File.Exists(chosen) ? Path.GetFullPath(chosen) : null;
        }

        var folders = (environment("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var suffixes = OperatingSystem.IsWindows() ? new[] { ".exe" } : [string.Empty];
        foreach (var name in Names)
        {
            foreach (var folder in folders)
            {
                foreach (var suffix in suffixes)
                {
                    var path = Path.Combine(folder, name + suffix);
                    if (File.Exists(path))
                    {
                        return path;
                    }
                }
            }
        }

        return Installed.FirstOrDefault(File.Exists);
    }

    /// <summary>The one line to show when no browser was found.</summary>
    public static string Missing(Func<string, string?> environment) =>
        environment(Variable) is { Length: > 0 } chosen
            ? $"{Variable}={chosen}: no such file; point it at a Chromium or Google Chrome executable"
            : $"printing a PDF needs a Chromium-family browser and none was found: {HowToInstall}";
}
