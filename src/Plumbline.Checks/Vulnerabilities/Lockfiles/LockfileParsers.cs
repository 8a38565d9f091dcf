namespace Plumbline.Checks.Vulnerabilities.Lockfiles;

/// <summary>Every lockfile parser, listed explicitly.</summary>
public static class LockfileParsers
{
    public static IReadOnlyList<ILockfileParser> All { get; } =
    [
        new NpmPackageLockParser(),
        new YarnLockParser(),
        new PnpmLockParser(),
        new NuGetLockParser(),
        new ProjectAssetsParser(),
        new DepsJsonParser(),
        new PackagesConfigParser(),
        new PaketLockParser(),
        new PoetryLockParser(),
        new PipfileLockParser(),
        new RequirementsTxtParser(),
        new GoModParser(),
        new GoSumParser(),
        new CargoLockParser(),
        new GemfileLockParser(),
        new ComposerLockParser(),
        new GradleLockfileParser(),
        new GradleVersionCatalogParser(),
        new BunLockParser(),
        new PylockTomlParser(),
        new PubspecLockParser(),
        new MixLockParser(),
        new PackageResolvedParser(),
        new RenvLockParser(),
        new ConanLockParser(),
    ];

    /// <summary>The parser for a file name, or null when it is not a lockfile Plumbline reads.</summary>
    public static ILockfileParser? For(string fileName) => All.FirstOrDefault(p => p.Matches(fileName));

    /// <summary>True for every file the vulnerability stage reads: the lockfiles, and the .NET project files that pin
    /// versions themselves (read together by <see cref="MsBuildProjects"/> and <see cref="MavenPoms"/>).</summary>
    public static bool Reads(string fileName) => For(fileName) is not null || MsBuildProjects.Reads(fileName) || MavenPoms.Reads(fileName);
}
