using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Repo.Practices;

/// <summary>Does every GitHub Actions workflow declare the token permissions it needs?</summary>
public sealed class WorkflowsDeclarePermissions : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("WorkflowsDeclarePermissions", "Do GitHub Actions workflows declare their token permissions?", "repo", "declare-workflow-permissions");

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var workflows = Workflows.Read(snapshot).Where(w => w.Root is not null).ToList();
        if (workflows.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "There are no readable GitHub Actions workflows.");
            yield break;
        }

        var failing = 0;
        foreach (var w in workflows)
        {
            var root = w.Root!;
            if (Has(root, "permissions"))
            {
                continue;
            }

            var jobs = root.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "jobs" }).Value as YamlMappingNode;
            if (jobs is not null && jobs.Children.Count > 0 && jobs.Children.Values.All(j => j is YamlMappingNode jm && Has(jm, "permissions")))
            {
                continue;
            }

            failing++;
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Medium,
                $"{w.File.Path} declares no permissions, so its token gets the repository's default, which is often read and write to everything.",
                w.File.Path);
        }

        if (failing == 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"All {workflows.Count} GitHub Actions workflows declare their permissions.");
        }
    }

    private static bool Has(YamlMappingNode map, string key) => map.Children.Any(c => c.Key is YamlScalarNode s && s.Value == key);
}
