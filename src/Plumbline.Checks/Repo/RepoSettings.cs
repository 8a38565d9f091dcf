using Plumbline.Core.Input;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Repo;

/// <summary>The <c>repo</c> section of plumbline.yml (docs/config.md).</summary>
/// <param name="MaxReadBytes">Files larger than this are counted but not read.</param>
/// <param name="LargeFileBytes">Files at least this large are reported as very large.</param>
/// <param name="StaleAfterDays">A last commit older than this counts as inactive.</param>
public sealed record RepoSettings(long MaxReadBytes, long LargeFileBytes, int StaleAfterDays)
{
    /// <summary>1 MiB read limit, 5 MiB large files, a year without commits.</summary>
    public static RepoSettings Default { get; } = new(1024 * 1024, 5 * 1024 * 1024, 365);

    /// <summary>The fields of the <c>repo</c> section.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["max-read-kb", "large-file-mb", "stale-after-days"];

    /// <summary>Reads the section; null section means defaults.</summary>
    public static ParseResult<RepoSettings> Read(YamlMappingNode? section, string source)
    {
        if (section is null)
        {
            return ParseResult<RepoSettings>.Ok(Default);
        }

        var input = YamlInput.Parse("{}", source).Value.Input;
        input.OnlyKeys(section, "'repo'", [.. Keys]);
        var read = input.Number(section, "max-read-kb", "'repo'", 1, 1024 * 1024);
        var large = input.Number(section, "large-file-mb", "'repo'", 0.001, 1024 * 1024);
        var stale = input.Number(section, "stale-after-days", "'repo'", 1, 36500);
        return input.Ok
            ? ParseResult<RepoSettings>.Ok(new RepoSettings(
                read is { } r ? (long)(r * 1024) : Default.MaxReadBytes,
                large is { } l ? (long)(l * 1024 * 1024) : Default.LargeFileBytes,
                stale is { } s ? (int)s : Default.StaleAfterDays))
            : ParseResult<RepoSettings>.Fail(input.Errors);
    }
}
