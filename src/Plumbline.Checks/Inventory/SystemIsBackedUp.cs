using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Is every system backed up?</summary>
public sealed class SystemIsBackedUp : ICheck<InventorySnapshot>
{
    private const string Seed = "inventory.backups";

    public CheckDescriptor Descriptor { get; } = new(
        "SystemIsBackedUp", "Is every system backed up?", InventoryChecks.Area, "back-up-critical-systems");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        foreach (var system in InventoryFindings.ByName(inventory))
        {
            var location = InventoryFindings.At(system);
            var fp = InventoryFindings.Of(Seed, system);
            yield return system.HasBackups
                ? InventoryFindings.Pass(Descriptor, $"{system.Name} is backed up.", location, fp)
                : InventoryFindings.Fail(Descriptor, Severity.High, $"{system.Name} has no backups.", location, fp, []);
        }
    }
}
