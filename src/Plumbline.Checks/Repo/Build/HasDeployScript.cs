using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Build;

/// <summary>Is deploying scripted rather than done by hand?</summary>
public sealed class HasDeployScript : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasDeployScript", "Is deploying scripted (a deploy script, platform config or CI deploy job)?", "repo", "script-the-deploy");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var deploy = snapshot.Files.FirstOrDefault(DeployFiles.IsDeploy);
        if (deploy is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"Deploying is scripted ({deploy.Path}).", deploy.Path);
        }
        else if (snapshot.Files.Any(f => DeployFiles.InfrastructureKind(f) is not null))
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "The app is containerised or described as infrastructure, but nothing scripts the deploy: releases are manual steps someone has to remember.");
        }
        else
        {
            yield return RepoFindings.NotApplicable(Descriptor, "No sign that this repository is deployed as a service.");
        }
    }
}
