using System.Text.RegularExpressions;
using Plumbline.Checks.Repo;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Iac;

/// <summary>One IaC rule as a check over the repository's files: a Fail per offending scope, a Pass when files of its
/// kind exist and none offends, NotApplicable when there are none.</summary>
public sealed class IacRuleCheck(IacRule rule) : ICheck<RepoSnapshot>
{
    public const string Area = "iac";

    public IacRule Rule { get; } = rule;

    public CheckDescriptor Descriptor { get; } = new(rule.Id, rule.Title, Area, rule.RecommendationId);

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var read = 0;
        var failed = false;
        foreach (var file in snapshot.TextFiles)
        {
            if (IacFiles.KindOf(file) != Rule.Files || file.Text is not { } text)
            {
                continue;
            }

            read++;
            foreach (var (line, scope, evidence) in Offences(text))
            {
                failed = true;
                yield return Descriptor.Conclude(Outcome.Fail, Rule.Severity,
                    Sentence.End($"{file.Path}:{line} ({scope}): {Rule.Says.Replace("{scope}", scope, StringComparison.Ordinal)}"),
                    new Location(file.Path, line), file.Path, scope, evidence) with
                {
                    Evidence = [.. string.IsNullOrEmpty(evidence) ? Array.Empty<string>() : [evidence], .. Rule.Anchors.Select(a => $"same as {a}")],
                };
            }
        }

        if (!failed)
        {
            var kind = Rule.Files.ToString();
            yield return Descriptor.Conclude(read == 0 ? Outcome.NotApplicable : Outcome.Pass, Severity.Info,
                read == 0 ? $"No {kind} file in the tree." : $"None of the {read} {kind} file(s) fails this rule.",
                new Location());
        }
    }

    /// <summary>Where a file's text breaks the rule: line, scope name and the offending line (for evidence).</summary>
    public IEnumerable<(int Line, string Scope, string Evidence)> Offences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Rule.UnlessFile?.IsMatch(text) == true)
        {
            yield break;
        }

        var stages = Rule.SkipStageNames ? StageNames(text) : [];
        foreach (var scope in IacScopes.Of(text, Rule.Scope))
        {
            if (Rule.When is { } when && !when.IsMatch(scope.Text))
            {
                continue;
            }

            if (Rule.Present is { } present)
            {
                foreach (Match m in present.Matches(scope.Text))
                {
                    if (m.Groups["image"] is { Success: true } image && stages.Contains(image.Value.ToLowerInvariant()))
                    {
                        continue;
                    }

                    // A pattern that starts with ^\s* may begin on the blank lines before the text it is about.
                    yield return (scope.LineOf(m.Index + (m.Value.Length - m.Value.TrimStart().Length)), scope.Name, FirstLine(m.Value));
                }
            }

            if (Rule.Absent is { } absent && !absent.IsMatch(scope.Text))
            {
                yield return (scope.Line, scope.Name, FirstLine(scope.Text));
            }

            if (Rule.OpenPorts.Count > 0 && PortRanges.OpensToWorld(scope.Text, Rule.OpenPorts))
            {
                yield return (scope.Line, scope.Name, FirstLine(scope.Text));
            }
        }
    }

    private static HashSet<string> StageNames(string text) =>
        [.. Regex.Matches(text, @"(?im)^\s*FROM\s+(?:--\S+\s+)*\S+\s+AS\s+(\S+)", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups[1].Value.ToLowerInvariant())];

    private static string FirstLine(string text)
    {
        var line = text.TrimStart('\n').Split('\n')[0].Trim();
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
