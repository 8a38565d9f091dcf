using Plumbline.Checks.Audit;
using Plumbline.Checks.History;
using Plumbline.Core.Recommendations;

namespace Plumbline.Checks.Tests.History;

public sealed class HistoryStageRegistrationTests
{
    [Fact]
    public void History_stage_is_registered_once_under_its_name()
    {
        BuiltInStages.All().Count(s => s.Name == "history").ShouldBe(1);
    }
}
