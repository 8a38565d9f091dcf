using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Does more than one person know how to run each system?</summary>
public sealed class SystemKnownByMoreThanOnePerson : ICheck<InventorySnapshot>
{
    private const string Seed = "inventory.known-by-one-person";

    public CheckDescriptor Descriptor { get; } = new(
        "SystemKnownByMoreThanOnePerson", "Does more than one person know how to run each system?", InventoryChecks.Area, "spread-system-knowledge");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        foreach (var system in InventoryFindings.ByName(inventory))
        {
            var location = InventoryFindings.At(system);
            var fp = InventoryFindings.Of(Seed, system);
            yield return system.PeopleWhoKnowIt <= 1
                ? InventoryFindings.Fail(Descriptor, Severity.Medium,
                    system.PeopleWhoKnowIt == 0
                        ? $"Nobody knows how to run {system.Name}."
                        : $"Only one person knows how to run {system.Name}.", location, fp, [$"people who know it: {system.PeopleWhoKnowIt}"])
                : InventoryFindings.Pass(Descriptor, $"{system.PeopleWhoKnowIt} people know how to run {system.Name}.", location, fp);
        }
    }
}
