using Plumbline.Core.Findings;
using Plumbline.Reports.Progress;
using Plumbline.Testing.Reports;

namespace Plumbline.Reports.Tests.Progress;

public sealed class ReportComparisonTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static Finding Leak(string path) => FindingBuilder.Fail("NoSecretsInTree", "rotate-secrets-in-tree").At(path, 1).Saying($"key in {path}");

    private static Finding Passing(string checkId) => FindingBuilder.Pass(checkId, "x", "fine");

    private static ReportComparison Compare(Finding[] before, Finding[] after, params IReadOnlySet<string>[] earlier) =>
        ReportComparison.Of("repo", (before, Monday), (after, Monday.AddDays(7)), earlier);

    [Fact]
    public void A_failure_gone_while_its_check_still_ran_is_fixed()
    {
        var c = Compare([Leak("a.js"), Leak("b.js")], [Leak("b.js"), Passing("NoSecretsInTree")]);

        c.Of(FindingChange.Fixed).Select(f => f.Location.Path).ShouldBe(["a.js"]);
        c.Of(FindingChange.StillOpen).Select(f => f.Location.Path).ShouldBe(["b.js"]);
        c.Count(FindingChange.New).ShouldBe(0);
    }

    [Fact]
    public void A_failure_gone_because_its_check_could_not_decide_is_not_counted_as_fixed()
    {
        var broken = FindingBuilder.Fail("NoSecretsInTree", "rotate-secrets-in-tree").WithOutcome(Outcome.Error).Saying("scanner crashed");

        var c = Compare([Leak("a.js")], [broken]);

        c.Count(FindingChange.Fixed).ShouldBe(0);
        c.Of(FindingChange.NotRechecked).Select(f => f.Location.Path).ShouldBe(["a.js"]);
    }

    [Fact]
    public void A_failure_left_out_of_the_new_run_entirely_is_not_rechecked()
    {
        var c = Compare([Leak("a.js")], [Passing("HasReadme")]);

        c.Of(FindingChange.NotRechecked).Count.ShouldBe(1);
    }

    [Fact]
    public void A_failure_seen_in_an_earlier_run_but_not_the_previous_one_is_regressed_not_new()
    {
        var leak = Leak("a.js");

        var c = Compare([Passing("NoSecretsInTree")], [leak, Leak("c.js")], new HashSet<string>(StringComparer.Ordinal) { leak.Fingerprint });

        c.Of(FindingChange.Regressed).Select(f => f.Location.Path).ShouldBe(["a.js"]);
        c.Of(FindingChange.New).Select(f => f.Location.Path).ShouldBe(["c.js"]);
    }

    [Fact]
    public void Passes_take_no_part_and_changes_come_in_reading_order()
    {
        var c = Compare([Leak("a.js"), Leak("b.js"), Passing("HasReadme")], [Leak("b.js"), Leak("c.js"), Passing("NoSecretsInTree"), Passing("HasReadme")]);

        c.Changes.Select(ch => ch.Change).ShouldBe([FindingChange.New, FindingChange.Fixed, FindingChange.StillOpen]);
        ChangeLabels.Headline(c).ShouldBe("1 new, 1 fixed, 1 still open");
    }
}
