using Plumbline.Core.Items;

namespace Plumbline.Core.Planning;

/// <summary>An item left off the roadmap, with the reason a person can read.</summary>
public sealed record DeferredItem(Item Item, string Reason);
