namespace Plumbline.Testing.Git;

/// <summary>A repository audited twice to show progress: between the two commits one key is removed from the tree
/// and one vulnerable dependency is upgraded past its fix. Fixture values only (see <see cref="Key"/>).</summary>
public static class ProgressFixture
{
    /// <summary>A fake AWS access key id, put together at run time so this source file holds no whole key (the
    /// repository's own secrets scan reads it); no provider issues it.</summary>
    public static readonly string Key = "AKIA" + "ZQ3X" + "FIXTURE" + "ONLY7";

    /// <summary>An OSV advisory (fixture, not a real one) for the dependency: versions before 1.2.0 are affected.</summary>
    public const string Advisory = """
        {"schema_version":"1.6.0","id":"FIXTURE-2026-0001","modified":"2026-01-01T00:00:00Z",
         "summary":"Fixture advisory (not real): prototype pollution in leftpad-fixture",
         "affected":[{"package":{"ecosystem":"npm","name":"leftpad-fixture"},
           "ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.2.0"}]}]}],
         "database_specific":{"severity":"HIGH"}}
        """;

    /// <summary>The first state: the key in app.js, leftpad-fixture 1.1.0 locked.</summary>
    public static GitRepoBuilder Before(GitRepoBuilder repo) =>
        Locked(repo, "1.1.0").WithFile("app.js", $"// fixture key, not valid anywhere\nconst key = \"{Key}\";\n");

    /// <summary>The second state: the key read from the environment, leftpad-fixture 1.2.0 locked.</summary>
    public static GitRepoBuilder After(GitRepoBuilder repo) =>
        Locked(repo, "1.2.0").WithFile("app.js", "const key = process.env.APP_KEY;\n");

    private static GitRepoBuilder Locked(GitRepoBuilder repo, string version) => repo
        .WithFile("package.json", $$$"""{"name":"fx","version":"1.0.0","dependencies":{"leftpad-fixture":"{{{version}}}"}}""")
        .WithFile("package-lock.json", $$$"""
            {"name":"fx","version":"1.0.0","lockfileVersion":3,"requires":true,"packages":{
              "":{"name":"fx","version":"1.0.0","dependencies":{"leftpad-fixture":"{{{version}}}"}},
              "node_modules/leftpad-fixture":{"version":"{{{version}}}"}}
            }
            """);
}
