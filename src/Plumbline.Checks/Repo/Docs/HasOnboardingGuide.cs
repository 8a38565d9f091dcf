using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Docs;

/// <summary>Is there a CONTRIBUTING file or an onboarding guide for new developers?</summary>
public sealed class HasOnboardingGuide : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasOnboardingGuide", "Is there a CONTRIBUTING file or an onboarding guide?", "repo", "write-onboarding-guide");

    private static readonly string[] Names = ["CONTRIBUTING", "ONBOARDING", "DEVELOPMENT", "DEVELOPING", "HACKING", "GETTING_STARTED", "GETTING-STARTED"];

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var guide = snapshot.AtTop(Names, ".github", "docs", "doc").FirstOrDefault();
        if (guide is not null)
        {
            yield return RepoFindings.Pass(Descriptor, $"New developers have a guide ({guide.Path}).", guide.Path);
        }
        else
        {
            yield return RepoFindings.Fail(Descriptor, Severity.Low, "There is no CONTRIBUTING or onboarding guide; a new developer depends on someone's memory to get going.");
        }
    }
}
