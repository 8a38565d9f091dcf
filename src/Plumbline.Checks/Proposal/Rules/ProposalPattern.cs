using System.Text.RegularExpressions;

namespace Plumbline.Checks.Proposal.Rules;

/// <summary>One phrase pattern of a topic rule.</summary>
/// <param name="Regex">Matched case-insensitively against a sentence (with its section heading in front).</param>
/// <param name="StatesNegation">True when the pattern itself says "not", "no", "without" or "exclud…": it is taken as written,
/// where any other pattern is discarded when the words before it, or its own words, negate it.</param>
public sealed record ProposalPattern(Regex Regex, bool StatesNegation)
{
    private static readonly Regex NegationInSource = new(@"(?<![a-z])(not|no|never|nor|without|cannot)(?![a-z])|n't|exclud", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Compiles a pattern; a pattern that says "not", "no", "without" or "exclud…" in its own words states a negation.</summary>
    public static ProposalPattern Of(string source) =>
        new(new Regex(source, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), NegationInSource.IsMatch(source.Replace(@"\b", " ", StringComparison.Ordinal)));
}
