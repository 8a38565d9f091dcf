using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Does every automated integration alert someone when it fails?</summary>
/// <remarks>Manual re-keying is not an integration that can alert; <see cref="NoManualReKeying"/> judges it.</remarks>
public sealed class IntegrationAlertsOnFailure : ICheck<InventorySnapshot>
{
    private const string Seed = "inventory.integration-alerts";

    public CheckDescriptor Descriptor { get; } = new(
        "IntegrationAlertsOnFailure", "Does every integration alert someone when it fails?", InventoryChecks.Area, "alert-on-integration-failure");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        foreach (var integration in inventory.Integrations.Where(i => i.Kind != IntegrationKind.ManualRekeying))
        {
            var (from, to, what) = InventoryFindings.Describe(inventory, integration);
            var location = InventoryFindings.At(from, to);
            var fp = Fingerprint.Of(Seed, from.ToLowerInvariant(), to.ToLowerInvariant(), what.ToLowerInvariant());
            yield return integration.AlertsOnFailure
                ? InventoryFindings.Pass(Descriptor, $"The {from} → {to} integration alerts someone when it fails.", location, fp)
                : InventoryFindings.Fail(Descriptor, Severity.High,
                    $"The {from} → {to} integration ({what}) fails silently: nobody is alerted when it stops.", location, fp,
                    [$"kind: {integration.Kind}"]);
        }
    }
}
