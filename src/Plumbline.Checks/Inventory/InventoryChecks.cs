using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>The checks run on an inventory, in the order a reader meets them.</summary>
/// <remarks>Each check gives every system, data kind or link it judges a Pass or a Fail, so the page can show
/// what is working as well as what is not.</remarks>
public static class InventoryChecks
{
    public const string Area = "inventory";

    public static IReadOnlyList<ICheck<InventorySnapshot>> All { get; } =
    [
        new DataHasOneSourceOfTruth(),
        new SystemKnownByMoreThanOnePerson(),
        new SystemIsBackedUp(),
        new RestoresAreTested(),
        new AdminsUseMfa(),
        new SystemFitsThePortfolio(),
        new IntegrationAlertsOnFailure(),
        new NoManualReKeying(),
        new RenewalIsDecided(),
    ];

    /// <summary>Runs every inventory check.</summary>
    public static IReadOnlyList<Finding> Run(InventorySnapshot inventory) => CheckRunner.RunAll(All, inventory);
}
