using Plumbline.Core.Findings;
using Plumbline.Core.Items;
using Plumbline.Core.Recommendations;
using Plumbline.Core.Scales;

namespace Plumbline.Core.Tests.Checks;

public sealed class ItemsFromFindingsTests
{
    private static Finding Fail(string check, string recommendation, string path) =>
        new(check, recommendation, Outcome.Fail, Severity.High, "broken", new Location(path), Fingerprint.Of(check, path));

    [Fact]
    public void Failing_findings_that_feed_one_recommendation_become_one_item_with_all_the_evidence()
    {
        Finding[] findings =
        [
            Fail("NoMfa", "enforce-mfa-for-admins", "email"),
            Fail("NoMfa", "enforce-mfa-for-admins", "bank"),
            Fail("NoRestore", "test-restores", "erp"),
            new("Fine", "test-restores", Outcome.Pass, Severity.Info, "ok", Location.None, "x"),
            new("Unsure", "spread-system-knowledge", Outcome.Inconclusive, Severity.Info, "?", Location.None, "y"),
        ];

        var items = ItemsFromFindings.Build(findings, RecommendationCatalog.BuiltIn);

        items.Select(i => i.Id).ShouldBe(["enforce-mfa-for-admins", "test-restores"], ignoreOrder: true);
        items.Single(i => i.Id == "enforce-mfa-for-admins").Findings.Count.ShouldBe(2);
        items.ShouldAllBe(i => i.Origin == ItemOrigin.Findings);
    }

    [Fact]
    public void A_users_rating_replaces_the_catalog_default()
    {
        var ratings = new Dictionary<string, Rating> { ["test-restores"] = new(Impact.Low, null) };

        var item = ItemsFromFindings.Build([Fail("NoRestore", "test-restores", "erp")], RecommendationCatalog.BuiltIn, ratings).Single();

        item.Impact.ShouldBe(Impact.Low);
        item.Effort.ShouldBe(RecommendationCatalog.BuiltIn.Get("test-restores").Effort);
        item.Quadrant.ShouldBe(Quadrant.QuickWins);
    }
}
