namespace Plumbline.Testing.Reports;

/// <summary>The repository's root folder (the one holding Plumbline.slnx), found from the test's output folder.</summary>
public static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path under the root, from forward-slash parts: <c>RepoRoot.File("docs/report.schema.json")</c>.</summary>
    public static string File(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Plumbline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Plumbline.slnx above {AppContext.BaseDirectory}");
    }
}
