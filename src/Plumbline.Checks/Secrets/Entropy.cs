namespace Plumbline.Checks.Secrets;

/// <summary>Shannon entropy of a string, in bits per character: random keys score high, words and repeats low.</summary>
public static class Entropy
{
    /// <summary>The entropy of <paramref name="text"/> (0 for an empty string).</summary>
    public static double Shannon(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in text)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        var entropy = 0.0;
        foreach (var n in counts.Values)
        {
            var p = (double)n / text.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }
}
