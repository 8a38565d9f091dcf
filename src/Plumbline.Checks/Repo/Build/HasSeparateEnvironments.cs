using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Build;

/// <summary>When the app is deployed, is there a staging (or preview) environment separate from production?</summary>
public sealed class HasSeparateEnvironments : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasSeparateEnvironments", "Is there a staging environment separate from production?", "repo", "add-staging-environment");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        if (!snapshot.Files.Any(DeployFiles.IsDeploy))
        {
            yield return RepoFindings.NotApplicable(Descriptor, "No deployment found, so no environments to compare.");
            yield break;
        }

        var staging = snapshot.Files.FirstOrDefault(DeployFiles.IsStagingConfig);
        if (staging is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"There is a separate staging or preview environment ({staging.Path}).", staging.Path);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Medium, "The app is deployed but there is no sign of a staging environment: changes are first tried out in production.");
        }
    }
}
