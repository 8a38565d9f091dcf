using Plumbline.Core.Items;
using Plumbline.Core.Scales;

namespace Plumbline.Testing;

/// <summary>Short ways to make items in tests.</summary>
public static class TestItems
{
    /// <summary>An open item with the given id, impact, effort and phase; the title is the id.</summary>
    public static Item Make(string id, int impact = 4, int effort = 2, Phase phase = Phase.RiskReduction, double? hours = null, params string[] dependsOn) =>
        new(id, id, new Impact(impact), new Effort(effort), phase)
        {
            EstimateHours = hours,
            DependsOn = dependsOn,
        };
}
