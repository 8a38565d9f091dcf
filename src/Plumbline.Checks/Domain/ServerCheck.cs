namespace Plumbline.Checks.Domain;

/// <summary>What the first question to the DNS server showed before the domain is collected.</summary>
/// <param name="Problem">Why the server cannot be used (no answer, unreachable), or null.</param>
/// <param name="Exists">False when the server said the domain does not exist (NXDOMAIN).</param>
public sealed record ServerCheck(string? Problem, bool Exists);
