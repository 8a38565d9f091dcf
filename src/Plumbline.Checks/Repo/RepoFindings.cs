using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo;

/// <summary>Shorthands that keep the repo checks' findings uniform: fingerprints are the check id and the path.</summary>
internal static class RepoFindings
{
    public static Finding Pass(CheckDescriptor d, string detail, string? path = null) =>
        d.Conclude(Outcome.Pass, Severity.Info, detail, At(path), "pass", path);

    public static Finding Fail(CheckDescriptor d, Severity severity, string detail, string? path = null, int? line = null, IReadOnlyList<string>? evidence = null) =>
        d.Conclude(Outcome.Fail, severity, detail, path is null ? Location.None : new Location(path, line), path) with
        {
            Evidence = evidence ?? [],
        };

    public static Finding NotApplicable(CheckDescriptor d, string detail) =>
        d.Conclude(Outcome.NotApplicable, Severity.Info, detail, Location.None, "n/a");

    public static Finding Inconclusive(CheckDescriptor d, string detail, string? path = null) =>
        d.Conclude(Outcome.Inconclusive, Severity.Info, detail, At(path), "inconclusive", path);

    private static Location At(string? path) => path is null ? Location.None : new Location(path);

    /// <summary>"a, b, c and 4 more" for evidence lines that must stay short.</summary>
    public static string List(IEnumerable<string> items, int max = 5)
    {
        var all = items.ToList();
        var shown = string.Join(", ", all.Take(max));
        return all.Count > max ? $"{shown} and {all.Count - max} more" : shown;
    }

    /// <summary>The 1-based line of a character index in a text.</summary>
    public static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }
}
