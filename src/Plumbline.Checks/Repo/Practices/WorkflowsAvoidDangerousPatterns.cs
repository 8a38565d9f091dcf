using System.Text.RegularExpressions;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;
using YamlDotNet.RepresentationModel;

namespace Plumbline.Checks.Repo.Practices;

/// <summary>Are GitHub Actions workflows free of injection and privilege patterns that let outsiders run code with your secrets?</summary>
public sealed partial class WorkflowsAvoidDangerousPatterns : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("WorkflowsAvoidDangerousPatterns", "Are GitHub Actions workflows free of dangerous patterns?", "repo", "harden-github-actions");

    [GeneratedRegex(@"\$\{\{\s*(github\.event\.(issue|pull_request|comment|review|review_comment|discussion|discussion_comment|pages|commits|head_commit|workflow_run)\.[A-Za-z0-9_.*\[\]]*(title|body|ref|label|message|name|email|page_name|head_branch)|github\.head_ref)\s*\}\}")]
    private static partial Regex Untrusted();

    [GeneratedRegex(@"github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|refs/pull/")]
    private static partial Regex PrHead();

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var workflows = Workflows.Read(snapshot);
        if (workflows.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "There are no GitHub Actions workflows.");
            yield break;
        }

        var failed = false;
        foreach (var w in workflows)
        {
            if (w.Root is null)
            {
                yield return RepoFindings.Inconclusive(Descriptor, $"{w.File.Path} could not be parsed: {w.Error}", w.File.Path);
                continue;
            }

            var path = w.File.Path;
            if (Workflows.Triggers(w.Root).Contains("pull_request_target"))
            {
                var checkout = Workflows.Pairs(w.Root).FirstOrDefault(p => p.Key == "with" && p.Value is YamlMappingNode m
                    && m.Children.Any(c => c.Key is YamlScalarNode { Value: "ref" } && c.Value is YamlScalarNode { Value: { } r } && PrHead().IsMatch(r)));
                if (checkout.Value is not null)
                {
                    failed = true;
                    yield return Finding(path, "pull_request_target", Severity.Critical, checkout.Value,
                        $"{path} runs on pull_request_target and checks out the pull request's code: anyone who opens a pull request can run code with this repository's secrets and write token.");
                }
            }

            foreach (var (key, value) in Workflows.Pairs(w.Root))
            {
                if (key is "run" or "script" && value is YamlScalarNode { Value: { } script } && Untrusted().Match(script) is { Success: true } m)
                {
                    failed = true;
                    yield return Finding(path, "injection:" + m.Value, Severity.High, value,
                        $"{path} puts {m.Value} straight into a script: whoever writes that title, branch name or comment can inject shell commands. Pass it through an env: variable instead.");
                }

                if (key == "permissions" && value is YamlScalarNode { Value: "write-all" })
                {
                    failed = true;
                    yield return Finding(path, "write-all", Severity.Medium, value,
                        $"{path} grants permissions: write-all, so every step (and every action it uses) can change the repository, its releases and its packages.");
                }
            }
        }

        if (!failed && workflows.All(w => w.Root is not null))
        {
            yield return RepoFindings.Pass(Descriptor, $"No dangerous patterns in {workflows.Count} GitHub Actions workflows.");
        }
    }

    private Finding Finding(string path, string kind, Severity severity, YamlNode node, string detail) =>
        new(Descriptor.Id, Descriptor.RecommendationId, Outcome.Fail, severity, detail, new Location(path, (int)node.Start.Line), Fingerprint.Of(Descriptor.Id, path, kind));
}
