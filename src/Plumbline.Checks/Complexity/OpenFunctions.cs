namespace Plumbline.Checks.Complexity;

/// <summary>The functions a finder has opened and not yet closed, innermost last: decisions count for the innermost,
/// and a closed function becomes a <see cref="FunctionMeasure"/>.</summary>
internal sealed class OpenFunctions(IReadOnlyList<SourceToken> tokens)
{
    private sealed class Open(string name, int line, int depth)
    {
        public string Name { get; } = name;

        public int Line { get; } = line;

        public int Depth { get; } = depth;

        public int Decisions { get; set; }
    }

    private readonly List<Open> _open = [];
    private readonly List<FunctionMeasure> _done = [];
    private readonly HashSet<int> _codeLines = [.. tokens.Select(t => t.Line)];

    public int Count => _open.Count;

    /// <summary>The depth (of braces, blocks or indentation) the innermost function was opened at; -1 when none is open.</summary>
    public int InnermostDepth => _open.Count == 0 ? -1 : _open[^1].Depth;

    public void Start(string name, int line, int depth) => _open.Add(new Open(name, line, depth));

    public void Decision()
    {
        if (_open.Count > 0)
        {
            _open[^1].Decisions++;
        }
    }

    public void EndInnermost(int endLine)
    {
        var f = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        var lines = 0;
        for (var l = f.Line; l <= endLine; l++)
        {
            lines += _codeLines.Contains(l) ? 1 : 0;
        }

        _done.Add(new FunctionMeasure(f.Name, f.Line, endLine, lines, 1 + f.Decisions));
    }

    /// <summary>Closes what the end of the file leaves open and returns every function in source order.</summary>
    public IReadOnlyList<FunctionMeasure> Finish()
    {
        var last = tokens.Count == 0 ? 1 : tokens[^1].Line;
        while (_open.Count > 0)
        {
            EndInnermost(last);
        }

        return [.. _done.OrderBy(f => f.Line).ThenBy(f => f.EndLine)];
    }
}
