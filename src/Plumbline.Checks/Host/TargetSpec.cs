using System.Net;

namespace Plumbline.Checks.Host;

/// <summary>One target as the operator wrote it: a name still to resolve, or the addresses of an IP or a range.</summary>
/// <param name="Text">What they wrote.</param>
/// <param name="Name">The host name, lower-cased; null for an address or a range.</param>
/// <param name="Addresses">The addresses of an IP or a range; empty for a name.</param>
public sealed record TargetSpec(string Text, string? Name, IReadOnlyList<IPAddress> Addresses);
