using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Is every contract renewal that is inside its notice period decided?</summary>
/// <remarks>Once the notice deadline (renewal date minus notice days) has come, saying nothing means the contract renews
/// as it is: a renewal there with no decision recorded fails. Systems with no renewal date are not judged.</remarks>
public sealed class RenewalIsDecided : ICheck<InventorySnapshot>
{
    private const string Seed = "inventory.renewal-decided";

    public CheckDescriptor Descriptor { get; } = new(
        "RenewalIsDecided", "Is every renewal inside its notice period decided?", InventoryChecks.Area, "decide-renewals-before-the-notice-deadline");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        foreach (var system in InventoryFindings.ByName(inventory))
        {
            if (system.RenewsOn is not { } renews)
            {
                continue;
            }

            var location = InventoryFindings.At(system);
            var fp = InventoryFindings.Of(Seed, system);
            var on = Day(renews);
            if (renews < inventory.Today)
            {
                // A renewal in the past says nothing about the next one: the record is out of date, not the decision.
                yield return InventoryFindings.Inconclusive(Descriptor, Severity.Low,
                    $"{system.Name}'s renewal date {on} has passed: record the next renewal date.", location, fp);
                continue;
            }

            if (system.RenewalDecision != RenewalDecision.Undecided)
            {
                yield return InventoryFindings.Pass(Descriptor,
                    $"{system.Name} renews on {on}; the decision is recorded: {system.RenewalDecision.Label()}.", location, fp);
                continue;
            }

            if (system.NoticeDays is not { } notice)
            {
                yield return InventoryFindings.Inconclusive(Descriptor, Severity.Low,
                    $"{system.Name} renews on {on} but its notice period is not recorded: find it in the contract.", location, fp);
                continue;
            }

            var deadline = renews.AddDays(-notice);
            if (inventory.Today < deadline)
            {
                yield return InventoryFindings.Pass(Descriptor,
                    $"{system.Name} renews on {on}; the notice deadline is {Day(deadline)}, still ahead.", location, fp);
                continue;
            }

            var when = inventory.Today == deadline ? "is today" : $"was {Day(deadline)}";
            yield return InventoryFindings.Fail(Descriptor, Severity.High,
                $"{system.Name} renews on {on} and no decision is recorded; the notice deadline ({notice} days) {when}.",
                location, fp, [$"renewal: {on}", $"notice period: {notice} days", $"notice deadline: {Day(deadline)}", "decision: none recorded"]);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
