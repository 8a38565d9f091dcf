using Plumbline.Core.Scales;

namespace Plumbline.Core.Items;

/// <summary>A user's re-rating of a recommendation: either part may be left as the catalog has it.</summary>
public sealed record Rating(Impact? Impact, Effort? Effort);
