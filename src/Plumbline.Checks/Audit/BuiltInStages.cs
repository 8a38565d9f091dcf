namespace Plumbline.Checks.Audit;

/// <summary>The audit stages Plumbline runs, listed explicitly (greppable, trim-safe), in order.</summary>
public static class BuiltInStages
{
    /// <summary>Every built-in stage.</summary>
    public static IReadOnlyList<IAuditStage> All() =>
    [
        new Repo.RepoStage(),
        new Secrets.SecretsStage(),
        new History.HistoryStage(),
        new Complexity.ComplexityStage(),
        new Vulnerabilities.VulnerabilitiesStage(),
        new EndOfLife.EndOfLifeStage(),
    ];
}
