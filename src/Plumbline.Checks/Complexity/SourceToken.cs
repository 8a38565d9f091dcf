namespace Plumbline.Checks.Complexity;

/// <summary>One token of code (comments and the insides of strings are never tokens).</summary>
/// <param name="Text">The token; a string literal is the single token <c>""</c>.</param>
/// <param name="Line">Its line, from 1.</param>
/// <param name="Indent">The indentation of its line, in columns (a tab counts as 8, as Python reads it).</param>
/// <param name="FirstOnLine">True when no code precedes it on its line.</param>
internal readonly record struct SourceToken(string Text, int Line, int Indent, bool FirstOnLine)
{
    public bool IsWord => Text.Length > 0 && (char.IsLetter(Text[0]) || Text[0] is '_' or '$' or '@');
}
