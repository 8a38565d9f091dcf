using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Repo.TestSuite;

/// <summary>Does the code have automated tests?</summary>
public sealed class HasTests : ICheck<RepoSnapshot>
{
    public CheckDescriptor Descriptor { get; } = new("HasTests", "Does the code have automated tests?", "repo", "add-automated-tests");

    /// <summary>
    /// Source files in a programming language (not markup or data), split into tests and the rest. Checks read the
    /// split once, through <see cref="RepoSnapshot.TestSplit"/>.
    /// </summary>
    internal static TestSplit Split(RepoSnapshot snapshot)
    {
        var tests = new List<RepoFile>();
        var code = new List<RepoFile>();
        foreach (var f in snapshot.TextFiles)
        {
            if (FileClassifier.IsGenerated(f) || f.Language is not { IsData: false } language || language.Name is "HTML" or "CSS" or "SCSS" or "LESS" or "Markdown")
            {
                continue;
            }

            (TestFiles.IsTest(f.Path) ? tests : code).Add(f);
        }

        return new TestSplit(tests, code);
    }

    public IEnumerable<Finding> Run(RepoSnapshot snapshot)
    {
        var (tests, code) = snapshot.TestSplit;
        if (code.Count == 0)
        {
            yield return RepoFindings.NotApplicable(Descriptor, "There is no source code to test.");
        }
        else if (tests.Count == 0)
        {
            yield return RepoFindings.Fail(Descriptor, Severity.High, $"None of the {code.Count} source files has a test next to it: every change is checked by hand, if at all.");
        }
        else
        {
            var ratio = (double)tests.Count / code.Count;
            yield return RepoFindings.Pass(
                Descriptor,
                $"The code has automated tests ({tests.Count} test files for {code.Count} source files, {ratio.ToString("0.00", CultureInfo.InvariantCulture)} per file).");
        }
    }
}
