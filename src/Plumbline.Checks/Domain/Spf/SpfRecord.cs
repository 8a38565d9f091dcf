namespace Plumbline.Checks.Domain.Spf;

/// <summary>A parsed SPF record: its terms and any syntax errors (an SPF record with errors is a permerror).</summary>
/// <param name="Text">The record as published.</param>
/// <param name="Terms">The terms after <c>v=spf1</c>.</param>
/// <param name="Errors">Syntax errors, each naming the term.</param>
public sealed record SpfRecord(string Text, IReadOnlyList<SpfTerm> Terms, IReadOnlyList<string> Errors)
{
    /// <summary>True when the record parsed without errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The <c>all</c> mechanism, if present.</summary>
    public SpfTerm? All => Terms.FirstOrDefault(t => !t.IsModifier && t.Name == "all");

    /// <summary>The <c>redirect=</c> target, if present.</summary>
    public string? Redirect => Terms.FirstOrDefault(t => t.IsModifier && t.Name == "redirect")?.Argument;

    /// <summary>True when the TXT string is an SPF record (<c>v=spf1</c> alone or followed by a space).</summary>
    public static bool IsSpf(string txt) =>
        txt.Equals("v=spf1", StringComparison.OrdinalIgnoreCase) || txt.StartsWith("v=spf1 ", StringComparison.OrdinalIgnoreCase);
}
