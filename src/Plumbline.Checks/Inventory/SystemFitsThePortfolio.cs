using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Is every rated system worth keeping (Invest or Tolerate), and none at the end of its life?</summary>
/// <remarks>A system with no fit ratings and an ordinary lifecycle gives no finding: there is nothing to judge.</remarks>
public sealed class SystemFitsThePortfolio : ICheck<InventorySnapshot>
{
    private const string Seed = "inventory.portfolio";

    public CheckDescriptor Descriptor { get; } = new(
        "SystemFitsThePortfolio", "Is every system worth keeping (Invest or Tolerate), and none at the end of its life?", InventoryChecks.Area, "review-and-replace-system");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        foreach (var system in InventoryFindings.ByName(inventory))
        {
            if (Judge(system) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private Finding? Judge(InventorySystem system)
    {
        var location = InventoryFindings.At(system);
        var fp = InventoryFindings.Of(Seed, system);
        if (system.Lifecycle == SystemLifecycle.EndOfLife)
        {
            return InventoryFindings.Fail(Descriptor, Severity.Medium,
                $"{system.Name} is at the end of its life: decide what replaces it.", location, fp, ["lifecycle: end of life"]);
        }

        var quadrant = Portfolio.Of(system.BusinessFit, system.TechnicalFit);
        return quadrant switch
        {
            PortfolioQuadrant.Migrate or PortfolioQuadrant.Eliminate => InventoryFindings.Fail(Descriptor, Severity.Medium,
                $"{system.Name} rates {quadrant}: business fit {system.BusinessFit}/5, technical fit {system.TechnicalFit}/5.", location, fp,
                [$"portfolio: {quadrant}"]),
            PortfolioQuadrant.Invest or PortfolioQuadrant.Tolerate => InventoryFindings.Pass(Descriptor, $"{system.Name} rates {quadrant} in the portfolio.", location, fp),
            _ => null,
        };
    }
}
