namespace Plumbline.Checks.Audit;

/// <summary>One part of <c>plumb audit</c> (inventory and practices, secrets, history, vulnerabilities):
/// collects what it needs from the target, then runs its checks.</summary>
public interface IAuditStage
{
    /// <summary>A short name used by <c>--only</c> and in progress: <c>repo</c>, <c>secrets</c>, <c>history</c>, <c>vulnerabilities</c>.</summary>
    string Name { get; }

    /// <summary>Runs the stage. Expected problems become Inconclusive findings, not exceptions.</summary>
    Task<StageResult> RunAsync(AuditContext context, IProgress<AuditProgress> progress, CancellationToken cancellationToken);
}
