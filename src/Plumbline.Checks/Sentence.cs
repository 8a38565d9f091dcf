namespace Plumbline.Checks;

/// <summary>Finding details are sentences: they end with exactly one full stop, even when they end with a quoted
/// error message that has its own.</summary>
internal static class Sentence
{
    /// <summary>The text with trailing full stops and spaces replaced by one full stop (a question stays a question).</summary>
    public static string End(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('?') || trimmed.EndsWith('!'))
        {
            return trimmed;
        }

        return trimmed.TrimEnd('.') + ".";
    }
}
