namespace Plumbline.Checks.Domain.Spf;

/// <summary>One term of an SPF record: a mechanism (<c>-all</c>, <c>include:x</c>) or a modifier (<c>redirect=x</c>).</summary>
/// <param name="Text">The term as written.</param>
/// <param name="Name">The mechanism or modifier name, lowercased.</param>
/// <param name="Qualifier">The qualifier (mechanisms only).</param>
/// <param name="Argument">The domain-spec or address after ':' or '=', without any CIDR suffix.</param>
/// <param name="IsModifier">True for <c>name=value</c> terms.</param>
public sealed record SpfTerm(string Text, string Name, SpfQualifier Qualifier, string? Argument, bool IsModifier)
{
    /// <summary>Mechanisms and modifiers that cost a DNS lookup towards the limit of 10.</summary>
    public bool CountsLookup => IsModifier ? Name == "redirect" : Name is "include" or "a" or "mx" or "ptr" or "exists";
}
