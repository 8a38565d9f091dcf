using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.History;

/// <summary>Is there code whose authors have all stopped committing? One finding per top-level folder with such
/// files; medium when they are a quarter of the folder or more. When nobody at all is active, one high finding
/// for the whole repository instead.</summary>
internal sealed class KnowledgeHasNotLeft : ICheck<HistoryAnalysis>
{
    public CheckDescriptor Descriptor { get; } = new("KnowledgeHasNotLeft", "Is someone still around who wrote each part of the code?", "history", "hand-over-departed-knowledge");

    public IEnumerable<Finding> Run(HistoryAnalysis analysis)
    {
        var months = analysis.Settings.InactiveMonths;
        if (analysis.People.Count > 0 && analysis.Inactive.Count == analysis.People.Count && analysis.Files.Any(f => f.Departed))
        {
            // A dormant repository: one finding says it better than one per folder.
            var last = analysis.People.Max(p => p.LastCommit);
            var top = analysis.People.OrderByDescending(p => p.Commits).ThenBy(p => p.Name, StringComparer.Ordinal).Take(5).ToList();
            yield return Descriptor.Conclude(Outcome.Fail, Severity.High,
                string.Create(CultureInfo.InvariantCulture, $"Nobody has committed in {months} months (last commit {last:yyyy-MM-dd}): the knowledge of all {analysis.Files.Count(f => f.Departed)} authored files has left with their authors."),
                Location.None, "repository") with
            {
                Evidence = [.. top.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name}: {p.Commits} commits, last {p.LastCommit:yyyy-MM-dd}"))],
            };
            yield break;
        }

        var failed = false;
        foreach (var folder in analysis.Folders.Where(f => f.DepartedFiles > 0))
        {
            failed = true;
            var departed = analysis.Files.Where(f => f.Folder == folder.Name && f.Departed)
                .OrderByDescending(f => f.Changes).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
            var gone = departed.SelectMany(f => f.Authors).Distinct().OrderBy(analysis.Name, StringComparer.Ordinal).ToList();
            var share = (double)folder.DepartedFiles / Math.Max(1, folder.AuthoredFiles);
            var path = folder.Name == HistoryAnalysis.RootFolder ? null : folder.Name + "/";
            yield return Descriptor.Conclude(Outcome.Fail, share >= 0.25 ? Severity.Medium : Severity.Low,
                string.Create(CultureInfo.InvariantCulture, $"Knowledge has left {folder.Name}: {folder.DepartedFiles} of its {folder.AuthoredFiles} authored files ({share * 100:0}%) were written by people with no commit in {months} months ({string.Join(", ", gone.Select(analysis.Name))})."),
                new Location(Path: path, Record: path is null ? "files at the top of the repository" : null), folder.Name) with
            {
                Evidence =
                [
                    .. gone.Select(p => string.Create(CultureInfo.InvariantCulture, $"{analysis.Name(p)}: last commit {analysis.People[p].LastCommit:yyyy-MM-dd}")),
                    .. departed.Take(5).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Path}: authors {analysis.Names(f.Authors)}, last changed {f.LastChange:yyyy-MM-dd}")),
                ],
            };
        }

        if (!failed && analysis.Files.Any(f => f.Authors.Count > 0))
        {
            yield return Descriptor.Conclude(Outcome.Pass, Severity.Info,
                $"Every authored file has at least one author who committed in the last {months} months.", Location.None, "repository");
        }
    }
}
