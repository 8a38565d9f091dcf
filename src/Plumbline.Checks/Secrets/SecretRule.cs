using System.Text.RegularExpressions;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Secrets;

/// <summary>One detection rule, read from YAML (built-in Rules/*.yml or the target's plumbline.yml).</summary>
/// <param name="Id">A stable kebab-case id, e.g. <c>github-pat</c>; part of every fingerprint.</param>
/// <param name="Description">What the rule finds, as shown in reports.</param>
/// <param name="Keywords">Lowercase strings of which at least one must occur (case-insensitively) before the regex runs.</param>
/// <param name="Pattern">The regex, compiled with the non-backtracking engine.</param>
/// <param name="SecretGroup">The capture group that holds the secret (0 for the whole match).</param>
/// <param name="Source">Where the rule was read from, for messages.</param>
public sealed record SecretRule(
    string Id,
    string Description,
    IReadOnlyList<string> Keywords,
    Regex Pattern,
    int SecretGroup,
    string Source)
{
    /// <summary>Minimum Shannon entropy (bits per character) of the secret; null for no threshold.</summary>
    public double? Entropy { get; init; }

    /// <summary>Only files whose path matches this regex are checked by the rule; null for every file.</summary>
    public Regex? PathFilter { get; init; }

    /// <summary>Matches may span lines (key blocks), so the regex runs over the whole text rather than
    /// only over the lines where a keyword was seen.</summary>
    public bool Multiline { get; init; }

    /// <summary>Generic rules (no provider prefix) also drop test-only and code-like values.</summary>
    public bool Generic { get; init; }

    /// <summary>Password rules judge a value a person chose (a field named password or secret): no entropy or
    /// letters-and-digits bar; only placeholders, references, code and test markers stay quiet.</summary>
    public bool Password { get; init; }

    /// <summary>How bad a hit is on its own.</summary>
    public Severity Severity { get; init; } = Severity.High;

    /// <summary>Texts the rule must find (templates, see <see cref="ExampleText"/>).</summary>
    public IReadOnlyList<string> TruePositives { get; init; } = [];

    /// <summary>Texts the rule must not report (templates, see <see cref="ExampleText"/>).</summary>
    public IReadOnlyList<string> FalsePositives { get; init; } = [];
}
