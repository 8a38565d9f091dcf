using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Practices;

/// <summary>Does the repository tell people how to report a security problem (SECURITY.md)?</summary>
public sealed class HasSecurityPolicy : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasSecurityPolicy", "Is there a security policy (SECURITY.md)?", "repo", "add-security-policy");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var policy = snapshot.AtTop(["SECURITY"], ".github", "docs").FirstOrDefault();
        if (policy is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"There is a security policy ({policy.Path}).", policy.Path);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "No SECURITY.md: someone who finds a vulnerability has no private way to tell you.");
        }
    }
}
