namespace Plumbline.Checks.Domain;

/// <summary>A nameserver of the domain and the addresses its name resolves to.</summary>
public sealed record NameServer(string Name, IReadOnlyList<string> Addresses);
