using System.Globalization;
using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Has every backed-up system had a restore tested in the last six months?</summary>
/// <remarks>A system without backups is judged by <see cref="SystemIsBackedUp"/> alone: there is nothing to restore.</remarks>
public sealed class RestoresAreTested : ICheck<InventorySnapshot>
{
    /// <summary>A restore test older than this many months no longer counts.</summary>
    public const int RestoreTestMonths = 6;

    private const string Seed = "inventory.restore-tested";

    public CheckDescriptor Descriptor { get; } = new(
        "RestoresAreTested", $"Has every backed-up system had a restore tested in the last {RestoreTestMonths} months?", InventoryChecks.Area, "test-restores");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        var cutoff = inventory.Today.AddMonths(-RestoreTestMonths);
        foreach (var system in InventoryFindings.ByName(inventory).Where(s => s.HasBackups == true))
        {
            var location = InventoryFindings.At(system);
            var fp = InventoryFindings.Of(Seed, system);
            if (system.LastRestoreTest is not { } last)
            {
                yield return InventoryFindings.Fail(Descriptor, Severity.High, $"{system.Name}'s backups have never been restore-tested.", location, fp, []);
                continue;
            }

            var day = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return last < cutoff
                ? InventoryFindings.Fail(Descriptor, Severity.Medium,
                    $"{system.Name}'s last restore test was on {day}, more than {RestoreTestMonths} months ago.", location, fp, [$"last tested restore: {day}"])
                : InventoryFindings.Pass(Descriptor, $"{system.Name}'s backups were restore-tested on {day}.", location, fp);
        }
    }
}
