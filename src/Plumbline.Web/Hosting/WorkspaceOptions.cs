namespace Plumbline.Web.Hosting;

/// <summary>Where the workspace keeps its data; read from configuration section <c>Plumbline</c>.</summary>
public sealed class WorkspaceOptions
{
    public const string Section = "Plumbline";

    /// <summary>The folder for the SQLite database (ignored when <see cref="Database"/> is set).</summary>
    public string? DataDir { get; set; }

    /// <summary>A PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? Database { get; set; }

    /// <summary>Seed a demo engagement on start (once).</summary>
    public bool Demo { get; set; }

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;

    /// <summary>Let domain and site checks (and git clones) started from the page reach private, loopback and
    /// link-local addresses. Off by default, so an engagement cannot be used to probe the server's own network.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>The default data folder: $XDG_DATA_HOME/plumbline or ~/.local/share/plumbline.</summary>
    public static string DefaultDataDir()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var root = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(root, "plumbline");
    }
}
