namespace Plumbline.Checks.Audit;

/// <summary>The audit stages Plumbline runs, listed explicitly (greppable, trim-safe), in order.</summary>
public static class BuiltInStages
{
    /// <summary>Every built-in stage.</summary>
    public static IReadOnlyList<IAuditStage> All() =>
    [
        // Stages are added here as they land: repo (inventory and practices), secrets, history, vulnerabilities.
        new Secrets.SecretsStage(),
    ];
}
