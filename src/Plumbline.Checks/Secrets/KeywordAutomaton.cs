namespace Plumbline.Checks.Secrets;

/// <summary>Finds every occurrence of many ASCII keywords at once, case-insensitively, in one pass
/// (an Aho–Corasick automaton compiled to a full transition table: one table lookup per character).</summary>
/// <remarks>Measured on source trees this is several times faster than repeated or multi-string
/// <c>IndexOfAny</c> with a hundred-odd short keywords, and its cost does not grow with the keyword count.</remarks>
internal sealed class KeywordAutomaton
{
    private const int Alphabet = 128;
    private readonly int[] _next;
    private readonly int[]?[] _outputs;
    private readonly int[] _lengths;

    public KeywordAutomaton(IReadOnlyList<string> keywords)
    {
        _lengths = [.. keywords.Select(k => k.Length)];
        var children = new List<int[]> { NewRow() };
        var outputs = new List<List<int>?> { null };
        for (var k = 0; k < keywords.Count; k++)
        {
            var state = 0;
            foreach (var raw in keywords[k])
            {
                if (raw >= Alphabet)
                {
                    throw new ArgumentException($"Keyword '{keywords[k]}' is not ASCII.", nameof(keywords));
                }

                var c = char.ToLowerInvariant(raw);
                if (children[state][c] < 0)
                {
                    children[state][c] = children.Count;
                    children.Add(NewRow());
                    outputs.Add(null);
                }

                state = children[state][c];
            }

            (outputs[state] ??= []).Add(k);
        }

        // Breadth-first: fill missing transitions from the failure state, inherit its outputs.
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        for (var c = 0; c < Alphabet; c++)
        {
            if (children[0][c] < 0)
            {
                children[0][c] = 0;
            }
            else
            {
                fail[children[0][c]] = 0;
                queue.Enqueue(children[0][c]);
            }
        }

        while (queue.Count > 0)
        {
            var s = queue.Dequeue();
            if (outputs[fail[s]] is { } inherited)
            {
                outputs[s] = [.. outputs[s] ?? [], .. inherited];
            }

            for (var c = 0; c < Alphabet; c++)
            {
                var t = children[s][c];
                if (t < 0)
                {
                    children[s][c] = children[fail[s]][c];
                }
                else
                {
                    fail[t] = children[fail[s]][c];
                    queue.Enqueue(t);
                }
            }
        }

        _next = new int[children.Count * Alphabet];
        for (var s = 0; s < children.Count; s++)
        {
            Array.Copy(children[s], 0, _next, s * Alphabet, Alphabet);
        }

        _outputs = [.. outputs.Select(o => o?.Distinct().ToArray())];
    }

    /// <summary>Calls <paramref name="onHit"/> with (keyword index, start position) for every occurrence.</summary>
    public void Find<TState>(ReadOnlySpan<char> text, ref TState state, HitHandler<TState> onHit)
    {
        var s = 0;
        var next = _next;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= Alphabet)
            {
                s = 0;
                continue;
            }

            // ASCII upper to lower without a call: keywords are stored lowercase.
            if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                c = (char)(c | 0x20);
            }

            s = next[(s * Alphabet) + c];
            if (_outputs[s] is { } hits)
            {
                foreach (var k in hits)
                {
                    onHit(ref state, k, i - _lengths[k] + 1);
                }
            }
        }
    }

    private static int[] NewRow()
    {
        var row = new int[Alphabet];
        Array.Fill(row, -1);
        return row;
    }

    public delegate void HitHandler<TState>(ref TState state, int keyword, int position);
}
