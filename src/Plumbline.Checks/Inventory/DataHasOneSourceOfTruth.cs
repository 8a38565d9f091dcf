using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Is exactly one system named the source of truth for each kind of business data?</summary>
public sealed class DataHasOneSourceOfTruth : ICheck<InventorySnapshot>
{
    private const string Seed = "inventory.source-of-truth";

    public CheckDescriptor Descriptor { get; } = new(
        "DataHasOneSourceOfTruth", "Is exactly one system the source of truth for each kind of business data?", InventoryChecks.Area, "name-a-source-of-truth");

    public IEnumerable<Finding> Run(InventorySnapshot inventory)
    {
        var byKind = inventory.DataHoldings
            .GroupBy(h => h.DataKind.Trim().ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var kind in byKind)
        {
            var name = kind.First().DataKind.Trim();
            var owners = kind.Where(h => h.IsSourceOfTruth).Select(h => inventory.NameOf(h.SystemId)).Order(StringComparer.OrdinalIgnoreCase).ToList();
            var holders = kind.Select(h => inventory.NameOf(h.SystemId)).Order(StringComparer.OrdinalIgnoreCase).ToList();
            var location = new Location(Record: $"data: {name}");
            var fp = Fingerprint.Of(Seed, kind.Key);
            yield return owners.Count switch
            {
                0 => InventoryFindings.Fail(Descriptor, Severity.High,
                    $"Nobody owns the {name} data: it is held in {InventoryFindings.Join(holders)} and none of them is named the source of truth.", location, fp, holders),
                1 => InventoryFindings.Pass(Descriptor, $"{owners[0]} is the one source of truth for {name}.", location, fp),
                _ => InventoryFindings.Fail(Descriptor, Severity.High,
                    $"{InventoryFindings.Join(owners)} each claim to be the source of truth for {name}; they will drift apart.", location, fp, owners),
            };
        }
    }
}
