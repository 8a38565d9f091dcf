using System.Diagnostics;
using System.Globalization;

namespace Plumbline.Checks.Tests.Secrets;

/// <summary>A real git repository in a temp folder, built with the git CLI, isolated from the machine's git config.</summary>
internal sealed class FixtureRepo : IDisposable
{
    private DateTimeOffset _next = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public FixtureRepo()
        : this(init: true)
    {
    }

    private FixtureRepo(bool init)
    {
        Root = Path.Combine(Path.GetTempPath(), "plumb-secrets-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        if (init)
        {
            Git("init", "-q", "-b", "main");
        }
    }

    /// <summary>A clone of <paramref name="source"/> over file:// (so filters and depth apply as over a network), with extra clone options.</summary>
    public static FixtureRepo CloneOf(FixtureRepo source, params string[] options)
    {
        var clone = new FixtureRepo(init: false);
        clone.Git(["clone", "-q", .. options, new Uri(source.Root).AbsoluteUri, "."]);
        return clone;
    }

    /// <summary>A bare repository holding <paramref name="source"/>'s main branch, pushed so its few objects arrive loose (one file each).</summary>
    public static FixtureRepo BareWithPushFrom(FixtureRepo source)
    {
        var bare = new FixtureRepo(init: false).Git("init", "-q", "--bare", "-b", "main");
        source.Git("push", "-q", bare.Root, "main");
        return bare;
    }

    /// <summary>Removes one loose object from the object store, as a damaged or partial copy would lack it.</summary>
    public FixtureRepo DeleteObject(string id)
    {
        var gitDir = Capture("rev-parse", "--git-dir").Trim();
        File.Delete(Path.Combine(Root, gitDir, "objects", id[..2], id[2..]));
        return this;
    }

    public string Root { get; }

    public FixtureRepo Write(string path, string content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    public FixtureRepo WriteBytes(string path, byte[] content)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public FixtureRepo Delete(string path)
    {
        File.Delete(Path.Combine(Root, path));
        return this;
    }

    public FixtureRepo Commit(string message, string author = "Fixture Author")
    {
        var stamp = _next.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        _next = _next.AddDays(1);
        Git("add", "-A");
        Run(["-c", $"user.name={author}", "-c", "user.email=fixture@example.invalid", "commit", "-q", "--allow-empty", "--no-verify", "-m", message],
            new() { ["GIT_AUTHOR_DATE"] = stamp, ["GIT_COMMITTER_DATE"] = stamp });
        return this;
    }

    public FixtureRepo Branch(string name) => Git("checkout", "-q", "-b", name);

    public FixtureRepo Checkout(string name) => Git("checkout", "-q", name);

    public string Head() => Capture("rev-parse", "HEAD").Trim();

    public FixtureRepo Git(params string[] args)
    {
        Run(args, []);
        return this;
    }

    public string Capture(params string[] args) => Run(args, []);

    public void Dispose()
    {
        try
        {
            // git marks pack files read-only; clear that so the folder can be removed.
            foreach (var f in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(f, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temporary folder left behind is harmless; failing a test over its clean-up is not.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort: a temporary folder left behind is harmless; failing a test over its clean-up is not.
        }
    }

    private string Run(string[] args, Dictionary<string, string> env)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        psi.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        psi.Environment["HOME"] = Root;
        foreach (var (k, v) in env)
        {
            psi.Environment[k] = v;
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {stderr}");
        }

        return stdout.Result;
    }
}
