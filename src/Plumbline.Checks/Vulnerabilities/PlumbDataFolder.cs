namespace Plumbline.Checks.Vulnerabilities;

/// <summary>Where Plumbline keeps data that outlives one run (the vulnerability index, and the workspace's defaults):
/// an explicit folder, else <c>PLUMB_DATA</c>, else <c>$XDG_DATA_HOME/plumbline</c>, else the user's local
/// application data folder plus <c>plumbline</c> (<c>~/.local/share/plumbline</c> on Linux).</summary>
public static class PlumbDataFolder
{
    /// <summary>The environment variable that overrides the default (tests and CI).</summary>
    public const string EnvironmentVariable = "PLUMB_DATA";

    /// <summary>Resolves the data folder; <paramref name="environment"/> defaults to the process environment.</summary>
    public static string Resolve(string? explicitFolder = null, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(explicitFolder))
        {
            return Path.GetFullPath(explicitFolder);
        }

        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnv)
        {
            return Path.GetFullPath(fromEnv);
        }

        if (environment("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "plumbline");
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(local))
        {
            local = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(local, "plumbline");
    }
}
