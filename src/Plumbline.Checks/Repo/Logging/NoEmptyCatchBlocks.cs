using System.Text.RegularExpressions;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.Logging;

/// <summary>Are errors never swallowed by empty catch blocks (C#, Java, JavaScript, TypeScript)?</summary>
/// <remarks>A catch block holding only a comment is taken as deliberate and explained, so it passes.</remarks>
public sealed partial class NoEmptyCatchBlocks : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("NoEmptyCatchBlocks", "Are errors never swallowed by empty catch blocks?", "repo", "stop-swallowing-errors");

    /// <summary>The source files read for catch blocks.</summary>
    public static readonly string[] Extensions = [".cs", ".java", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".kt"];

    [GeneratedRegex(@"\bcatch\b\s*(\([^()]*\))?\s*\{\s*\}")]
    private static partial Regex EmptyCatch();

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var files = snapshot.TextFiles.Where(f => Extensions.Contains(f.Extension) && !FileClassifier.IsGenerated(f)).ToList();
        if (files.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "No C#, Java, JavaScript or TypeScript code.");
            yield break;
        }

        var failing = 0;
        foreach (var f in files.Where(f => f.MayContain(ContentProbe.Catch)))
        {
            var lines = EmptyCatch().Matches(f.Text!).Select(m => RepoFindings.LineOf(f.Text!, m.Index)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            failing++;
            yield return RepoFindings.Fail(
                Descriptor,
                Severity.Low,
                $"{f.Path} has {lines.Count} empty catch block{(lines.Count == 1 ? string.Empty : "s")}: the error is swallowed without a trace.",
                f.Path,
                lines[0],
                [$"lines {RepoFindings.List(lines.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)), 10)}"]);
        }

        if (failing == 0)
        {
            yield return RepoFindings.Pass(Descriptor, $"No empty catch blocks in {files.Count} C#, Java, JavaScript and TypeScript files.");
        }
    }
}
