namespace Plumbline.Checks.Proposal.Reading;

/// <summary>Whether a line standing on its own reads as a heading, for formats that do not mark headings (plain text, PDF).</summary>
internal static class HeadingGuess
{
    /// <summary>Short (ten words or fewer), not ending like a sentence or a list entry, and with a letter in it.</summary>
    public static bool Looks(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > 90 || !text.Any(char.IsLetter))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 10 && !".,;!?".Contains(text[^1], StringComparison.Ordinal) && !text.Contains('£') && !text.Contains('$') && !text.Contains('€');
    }
}
