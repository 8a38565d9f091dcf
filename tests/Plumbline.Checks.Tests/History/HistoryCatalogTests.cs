using Plumbline.Checks.Audit;
using Plumbline.Checks.History;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Tests.History;

public sealed class HistoryCatalogTests
{
    [Fact]
    public void Every_history_check_feeds_a_recommendation_in_the_built_in_catalog()
    {
        var ids = HistoryChecks.All.Select(c => c.Descriptor.RecommendationId).Distinct().ToList();

        ids.Count.ShouldBe(4);
        ids.ShouldAllBe(id => RecommendationCatalog.BuiltIn.Find(id) != null);
    }

    [Fact]
    public void History_stage_is_registered_once_under_its_name()
    {
        BuiltInStages.All().Count(s => s.Name == "history").ShouldBe(1);
    }
}
