using System.Text.RegularExpressions;

namespace Plumbline.Checks.Proposal;

/// <summary>Whether a match is said in the negative: "does not include backups", "no termination fee", "Backups are excluded",
/// or anything under an "Out of scope" heading.</summary>
internal static partial class Negation
{
    /// <summary>True when the words before the match in its clause (up to six), the match itself, the few words after it, or the section heading negate it.</summary>
    /// <param name="text">The matched text: heading, separator, sentence.</param>
    /// <param name="match">The match in <paramref name="text"/>.</param>
    /// <param name="sentenceStart">Where the sentence starts in <paramref name="text"/> (after the heading).</param>
    /// <param name="heading">The section heading, or null.</param>
    public static bool Applies(string text, Match match, int sentenceStart, string? heading)
    {
        if (heading is not null && NegatingHeading().IsMatch(heading))
        {
            return true;
        }

        var from = Math.Min(sentenceStart, match.Index);
        var before = text[from..match.Index];
        var clauseStart = before.LastIndexOfAny([';', ':', ',', '(', ')']);
        var clause = clauseStart >= 0 ? before[(clauseStart + 1)..] : before;
        foreach (Match joint in Joint().Matches(clause))
        {
            clause = clause[(joint.Index + joint.Length)..];
            break;
        }

        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var window = string.Join(' ', words.Skip(Math.Max(0, words.Length - 6)));
        var after = text[(match.Index + match.Length)..];
        return Cue().IsMatch(window) || Cue().IsMatch(match.Value) || After().IsMatch(after);
    }

    [GeneratedRegex(@"\b(not|no|never|nothing|without|excluding|excludes?|excluded|except|nor|neither|cannot|out of scope)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    [GeneratedRegex(@"^\s*(is|are|will|shall|would|can|may)?\s*(be\s+)?(not|excluded|out of scope|n't)\b|^n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex After();

    [GeneratedRegex(@"\b(but|however|whereas|although|while)\b", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Joint();

    [GeneratedRegex(@"\b(out of scope|exclusions?|excluded|not included|not covered|what is not)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatingHeading();
}
