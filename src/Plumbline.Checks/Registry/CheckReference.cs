using System.Globalization;
using System.Text;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;

namespace Plumbline.Checks.Registry;

/// <summary>Writes docs/checks.md from the registry, so the reference cannot drift from the code.</summary>
public static class CheckReference
{
    /// <summary>The path of the generated page, relative to the repository root.</summary>
    public const string DocsPath = "docs/checks.md";

    /// <summary>The Markdown of docs/checks.md; line endings are <c>\n</c>.</summary>
    public static string Markdown(IReadOnlyList<CheckArea> areas, RecommendationCatalog catalog)
    {
        var md = new StringBuilder();
        md.Append("""
            # Checks

            <!-- Generated from src/Plumbline.Checks/Registry/CheckRegistry.cs by the test
                 Checks_md_is_generated_from_the_registry; regenerate with
                 PLUMB_WRITE_DOCS=1 dotnet test tests/Plumbline.Checks.Tests --filter Checks_md_is_generated_from_the_registry -->

            Every check answers one question and feeds one recommendation of the catalog (`plumb catalog`).
            Outcomes: Pass, Fail (feeds the recommendation), NotApplicable, Inconclusive (could not decide; the detail says why), Error (the check broke; the run carries on).
            Impact/effort are the catalog defaults; `plumbline.yml` can re-rate them ([config.md](config.md)). A check can be turned off with `disable:` and its id.

            Check ids are PascalCase questions (`HasLockfile`). Rules written as data in an assessment template are named
            `assess/<template>/<rule>`, because users add templates of their own. A stage of `plumb audit` that breaks
            gives one Error finding `Stage:<stage>`, and the audit carries on with the other stages.

            """);
        foreach (var area in areas)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {area.Title} (`{area.Name}`)\n\n");
            md.Append(CultureInfo.InvariantCulture, $"Run by {area.RunBy}; reads {area.Reads}. Details in [{area.Docs}]({area.Docs}).\n");
            if (area.Note is { } note)
            {
                md.Append('\n').Append(note).Append('\n');
            }

            md.Append("\n| Check | Question | Recommendation | Impact/Effort |\n|---|---|---|---|\n");
            foreach (var check in area.Checks)
            {
                var rating = catalog.Find(check.RecommendationId) is { } r
                    ? $"{r.Impact.Value}/{r.Effort.Value} ({QuadrantRules.Of(r.Impact, r.Effort).Label()})"
                    : "not in the catalog";
                md.Append(CultureInfo.InvariantCulture, $"| `{check.Id}` | {Cell(check.Title)} | `{check.RecommendationId}` | {rating} |\n");
            }
        }

        return md.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
