namespace Plumbline.Checks.Complexity;

/// <summary>How a language marks where a function's body ends, which decides how functions are found.</summary>
internal enum CodeShape
{
    /// <summary>Bodies in braces: C#, Java, JavaScript, TypeScript, PHP, Go.</summary>
    Braces,

    /// <summary>Bodies by indentation: Python.</summary>
    Indentation,

    /// <summary>Bodies closed by <c>end</c>: Ruby.</summary>
    Keywords,
}
