namespace Plumbline.Core.Items;

/// <summary>Where an item came from.</summary>
public enum ItemOrigin
{
    /// <summary>Written by a person in a register file or the workspace.</summary>
    Manual,

    /// <summary>Built from the findings of an audit or check.</summary>
    Findings,

    /// <summary>Built from the answers to an assessment.</summary>
    Assessment,

    /// <summary>Built from the inventory of systems, data and integrations.</summary>
    Inventory,
}
