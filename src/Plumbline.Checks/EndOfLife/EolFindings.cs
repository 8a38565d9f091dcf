using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.EndOfLife;

/// <summary>Shorthands that keep the end-of-life findings uniform: one finding per product and cycle, located at the
/// first file that names it, fingerprinted by check, product and cycle.</summary>
internal static class EolFindings
{
    public static Finding Fail(CheckDescriptor d, string recommendation, Severity severity, PlatformUse use, string detail, EolDatabase data) =>
        d.Conclude(Outcome.Fail, severity, detail, new Location(use.Evidence[0].Path, use.Evidence[0].Line), use.Product.Id, use.Cycle.Cycle) with
        {
            RecommendationId = recommendation,
            Evidence = use.EvidenceLines(data),
        };

    public static Finding Pass(CheckDescriptor d, string detail, IReadOnlyList<PlatformUse> uses, EolDatabase data) =>
        d.Conclude(Outcome.Pass, Severity.Info, detail, Location.None, "pass") with
        {
            Evidence = [.. uses.Select(u => $"{u.Name} (end of life {u.Cycle.Eol}): {string.Join(", ", u.Evidence.Take(3).Select(e => e.Where))}"), $"Source: {data.SourceText}"],
        };

    public static Finding NotApplicable(CheckDescriptor d, string detail) =>
        d.Conclude(Outcome.NotApplicable, Severity.Info, detail, Location.None, "n/a");

    public static Finding Inconclusive(CheckDescriptor d, string detail, Location location, string key, IReadOnlyList<string>? evidence = null) =>
        d.Conclude(Outcome.Inconclusive, Severity.Info, detail, location, "inconclusive", key) with
        {
            Evidence = evidence ?? [],
        };

    /// <summary>The findings every check gives before it can judge anything: no data, or no platform named at all.</summary>
    public static Finding? Precondition(CheckDescriptor d, PlatformSnapshot s)
    {
        if (s.Data is null)
        {
            return Inconclusive(d, $"Not checked: {s.DataProblem ?? "this build of plumb has no end-of-life data built in"}. Run 'plumb eoldb update PATH' with the endoflife.date repository (or a zip of it), then audit again.", Location.None, "no-data");
        }

        return s.Platforms.Count == 0
            ? NotApplicable(d, "No runtime, framework, CMS, database or base image version is named in the files Plumbline reads (version files, Dockerfiles, compose and Kubernetes files, project files, manifests and lockfiles).")
            : null;
    }

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
