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
        new PoetryLockParser(),
        new PipfileLockParser(),
        new RequirementsTxtParser(),
        new GoModParser(),
        new GoSumParser(),
        new CargoLockParser(),
        new GemfileLockParser(),
        new ComposerLockParser(),
        new GradleLockfileParser(),
    ];

    /// <summary>The parser for a file name, or null when it is not a lockfile Plumbline reads.</summary>
    public static ILockfileParser? For(string fileName) => All.FirstOrDefault(p => p.Matches(fileName));
}
