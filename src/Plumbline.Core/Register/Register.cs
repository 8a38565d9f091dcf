using Plumbline.Core.Items;
using Plumbline.Core.Planning;

namespace Plumbline.Core.Register;

/// <summary>A business's own list of items with its planning settings, as read from a register file.</summary>
/// <param name="Name">The business or engagement name.</param>
/// <param name="Settings">How to schedule the roadmap.</param>
/// <param name="Items">The items, in file order.</param>
public sealed record Register(string Name, PlanSettings Settings, IReadOnlyList<Item> Items);
