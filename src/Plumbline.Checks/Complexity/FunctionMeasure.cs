namespace Plumbline.Checks.Complexity;

/// <summary>One function's size and cyclomatic complexity.</summary>
/// <param name="Name">Its name as written; <c>(anonymous)</c> for a function without one.</param>
/// <param name="Line">The line its definition starts on.</param>
/// <param name="EndLine">The line its body ends on.</param>
/// <param name="Lines">Lines of code in it (not blank, not only comment), nested functions included.</param>
/// <param name="Complexity">Cyclomatic complexity: 1 plus one for each decision (if, loop, case, catch, &amp;&amp;, ||, ?:)
/// in its own body; decisions of a function nested in it count for that function.</param>
public sealed record FunctionMeasure(string Name, int Line, int EndLine, int Lines, int Complexity);
