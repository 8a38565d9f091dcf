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
            yield return system.HasBackups switch
            {
                true => InventoryFindings.Pass(Descriptor, $"{system.Name} is backed up.", location, fp),
                false => InventoryFindings.Fail(Descriptor, Severity.High, $"{system.Name} has no backups.", location, fp, []),
                // Not known is not a pass: someone has to find out, and it must not read as "backed up".
                null => InventoryFindings.Inconclusive(Descriptor, Severity.Medium,
                    $"Nobody has said whether {system.Name} is backed up: find out, and record yes or no.", location, fp),
            };
        }
    }
}
