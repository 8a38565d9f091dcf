using Plumbline.Checks.History;
using Plumbline.Core.Findings;
using Plumbline.Core.Input;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Audit;

/// <summary>The steps <c>plumb audit</c> and the web workspace's audit jobs share between opening a target and
/// making the report, so both audit a repository the same way.</summary>
public static class AuditSetup
{
    /// <summary>How long cloning a git URL may take.</summary>
    public static TimeSpan CloneTimeout { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The report kind of a repository audit.</summary>
    public const string ReportKind = "audit";

    /// <summary>The target's own <c>plumbline.yml</c> when it has one; a clone has no working tree, so none.</summary>
    public static string? TargetConfigPath(AuditTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.IsClone)
        {
            return null;
        }

        var path = Path.Combine(target.Root, "plumbline.yml");
        return File.Exists(path) ? path : null;
    }

    /// <summary>The configuration with its history window overridden (null leaves the file's value), checked so a
    /// bad window is an input error rather than a failed stage.</summary>
    public static ParseResult<AuditConfig> WithWindow(AuditConfig config, string? since, string? until, DateTimeOffset now)
    {
        var windowed = HistorySettingsReader.WithWindow(config, since, until);
        var read = HistorySettingsReader.Read(windowed, now);
        return read.Success ? ParseResult<AuditConfig>.Ok(windowed) : ParseResult<AuditConfig>.Fail(read.Errors);
    }

    /// <summary>What the stages are given; a clone has no working tree, so HEAD's tree is read from the object database.</summary>
    public static AuditContext Context(AuditTarget target, AuditConfig config, TimeProvider time, string? rev = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new AuditContext(target.Root, target.DisplayName, config, time)
        {
            Rev = rev ?? (target.IsClone ? "HEAD" : null),
            IsGitRepository = target.IsGitRepository,
            RepositoryTop = target.RepositoryTop,
            PathInRepository = target.PathInRepository,
        };
    }

    /// <summary>The report title: the folder or repository name, then what was done.</summary>
    public static string Title(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var name = Path.GetFileName(displayName.TrimEnd('/', '\\'));
        return $"{(name.Length > 0 ? name : displayName)} — repository audit";
    }
}
