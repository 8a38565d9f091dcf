using Plumbline.Core.Checks;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Inventory;

/// <summary>Shorthands that keep the inventory checks' findings uniform: located at a record, evidence on failures.</summary>
internal static class InventoryFindings
{
    // The fingerprints were fixed before check ids were unified (see Of), so they are kept whole rather than re-derived.
    public static Finding Pass(CheckDescriptor d, string detail, Location location, string fingerprint) =>
        d.Conclude(Outcome.Pass, Severity.Info, detail, location) with { Fingerprint = fingerprint };

    public static Finding Fail(CheckDescriptor d, Severity severity, string detail, Location location, string fingerprint, IReadOnlyList<string> evidence) =>
        d.Conclude(Outcome.Fail, severity, detail, location) with { Fingerprint = fingerprint, Evidence = evidence };

    public static Finding Inconclusive(CheckDescriptor d, Severity severity, string detail, Location location, string fingerprint) =>
        d.Conclude(Outcome.Inconclusive, severity, detail, location) with { Fingerprint = fingerprint };

    public static Location At(InventorySystem system) => new(Record: $"system: {system.Name}");

    public static Location At(string from, string to) => new(Record: $"integration: {from} -> {to}");

    /// <summary>An integration's two ends by name and what moves along it ("data" when not said).</summary>
    public static (string From, string To, string What) Describe(InventorySnapshot inventory, InventoryIntegration integration) =>
        (inventory.NameOf(integration.FromSystemId), inventory.NameOf(integration.ToSystemId),
            string.IsNullOrWhiteSpace(integration.DataKind) ? "data" : integration.DataKind.Trim());

    /// <summary>The fingerprint of a finding about one system; the seed is the id the check had before ids were unified, so stored findings stay matched.</summary>
    public static string Of(string seed, InventorySystem system) => Fingerprint.Of(seed, system.Name.ToLowerInvariant());

    /// <summary>The systems in the order a reader looks for them: by name.</summary>
    public static IEnumerable<InventorySystem> ByName(InventorySnapshot inventory) =>
        inventory.Systems.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "no system",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
