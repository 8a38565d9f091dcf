using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.History;

/// <summary>Is there a top-level folder that one person alone knows? In a repository with several authors, a
/// folder whose own truck factor is 1 (without one person, more than half its files have no author) fails.</summary>
internal sealed class NoSingleAuthorAreas : ICheck<HistoryAnalysis>
{
    /// <summary>Folders smaller than this are too small to call an area.</summary>
    public const int MinimumFiles = 3;

    public CheckDescriptor Descriptor { get; } = new("NoSingleAuthorAreas", "Does every part of the code have more than one person who knows it?", "history", "document-single-author-areas");

    public IEnumerable<Finding> Run(HistoryAnalysis analysis)
    {
        var authors = analysis.Files.SelectMany(f => f.Authors).Distinct().Count();
        if (authors < 2)
        {
            // One author overall: the truck factor finding already says everything.
            yield return Descriptor.Conclude(Outcome.NotApplicable, Severity.Info,
                "Only one person authors the code, so no area is more concentrated than the whole (see the truck factor).", Location.None, "repository");
            yield break;
        }

        var failed = false;
        foreach (var folder in analysis.Folders.Where(f => f.AuthoredFiles >= MinimumFiles && f.TruckFactor == 1))
        {
            failed = true;
            var files = analysis.Files.Where(f => f.Folder == folder.Name && f.Authors.Count == 1 && f.Authors[0] == folder.MainAuthor)
                .OrderByDescending(f => f.Changes).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
            var path = folder.Name == HistoryAnalysis.RootFolder ? null : folder.Name + "/";
            yield return Descriptor.Conclude(Outcome.Fail, Severity.Medium,
                string.Create(CultureInfo.InvariantCulture, $"Only {analysis.Name(folder.MainAuthor)} knows {folder.Name}: they are the sole author of {files.Count} of its {folder.AuthoredFiles} authored files."),
                new Location(Path: path, Record: path is null ? "files at the top of the repository" : null), folder.Name) with
            {
                Evidence = [.. files.Take(5).Select(f => $"{f.Path}: {f.Changes} commits, {f.MainShare * 100:0}% by {analysis.Name(f.MainAuthor)}")],
            };
        }

        if (!failed)
        {
            yield return Descriptor.Conclude(Outcome.Pass, Severity.Info,
                "Every folder with at least three authored files has two or more people who know it.", Location.None, "repository");
        }
    }
}
