using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Is no data re-keyed by hand from one system into another?</summary>
/// <remarks>Only manual links give findings: an automated integration is the pass, judged by <see cref="IntegrationAlertsOnFailure"/>.</remarks>
public sealed class NoManualReKeying : ICheck<InventorySnapshot>
{
    private const string Seed = "inventory.manual-re-keying";

    public CheckDescriptor Descriptor { get; } = new(
        "NoManualReKeying", "Is no data re-keyed by hand from one system into another?", InventoryChecks.Area, "automate-manual-re-keying");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        foreach (var integration in inventory.Integrations.Where(i => i.Kind == IntegrationKind.ManualRekeying))
        {
            var (from, to, what) = InventoryFindings.Describe(inventory, integration);
            yield return InventoryFindings.Fail(Descriptor, Severity.Medium, $"People re-key {what} by hand from {from} into {to}.", InventoryFindings.At(from, to),
                Fingerprint.Of(Seed, from.ToLowerInvariant(), to.ToLowerInvariant(), what.ToLowerInvariant()), []);
        }
    }
}
