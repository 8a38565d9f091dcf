namespace Plumbline.Checks.Domain.Spf;

/// <summary>The SPF policy of a domain, resolved through its includes and redirects.</summary>
/// <param name="Records">Every <c>v=spf1</c> TXT record at the domain (more than one is a permerror).</param>
/// <param name="Record">The parsed record, when there is exactly one.</param>
/// <param name="Lookups">DNS-querying terms counted through includes and redirects (limit 10).</param>
/// <param name="VoidLookups">Of those, lookups that found nothing (limit 2).</param>
/// <param name="Steps">The records visited, in order.</param>
/// <param name="Problems">Errors a receiver would treat as permerror: syntax errors in included records,
/// include targets without SPF, loops.</param>
/// <param name="Loops">Include or redirect loops, as "a → b → a".</param>
/// <param name="Warnings">Things that work but should not be used (ptr, macros that cannot be followed).</param>
/// <param name="EffectiveAll">The qualifier of the <c>all</c> that ends the policy (through a redirect), or null when there is none.</param>
/// <param name="DnsError">A lookup that failed, making the counts incomplete.</param>
public sealed record SpfEvaluation(
    IReadOnlyList<string> Records,
    SpfRecord? Record,
    int Lookups,
    int VoidLookups,
    IReadOnlyList<SpfStep> Steps,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Loops,
    IReadOnlyList<string> Warnings,
    SpfQualifier? EffectiveAll,
    string? DnsError)
{
    /// <summary>The most DNS-querying terms RFC 7208 allows (section 4.6.4).</summary>
    public const int LookupLimit = 10;

    /// <summary>The most void lookups RFC 7208 recommends receivers tolerate.</summary>
    public const int VoidLookupLimit = 2;

    /// <summary>No SPF record at all.</summary>
    public static SpfEvaluation None { get; } = new([], null, 0, 0, [], [], [], [], null, null);
}
