using System.Buffers;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Secrets;

/// <summary>Finds secrets in text with a set of rules. One pass finds every keyword occurrence; a rule
/// runs its (linear-time) regex only if one of its keywords occurs, and then only over the lines that
/// hold one (or the whole text for multiline rules such as key blocks).</summary>
public sealed class SecretScanner
{
    /// <summary>The comment that silences every match on its line.</summary>
    public const string AllowMarker = "plumbline:allow";

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\f\v");
    private readonly IReadOnlyList<SecretRule> _rules;
    private readonly string[] _keywords;
    private readonly int[][] _rulesByKeyword;
    private readonly KeywordAutomaton _automaton;

    /// <summary>Prepares the keyword index for the rules (in priority order: earlier rules win overlapping matches).</summary>
    public SecretScanner(IReadOnlyList<SecretRule> rules)
    {
        _rules = rules;
        var byKeyword = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var k in rules[i].Keywords)
            {
                if (!byKeyword.TryGetValue(k, out var list))
                {
                    byKeyword[k] = list = [];
                }

                list.Add(i);
            }
        }

        _keywords = [.. byKeyword.Keys];
        _rulesByKeyword = [.. _keywords.Select(k => byKeyword[k].ToArray())];
        _automaton = new KeywordAutomaton(_keywords);
    }

    /// <summary>The rules, in priority order.</summary>
    public IReadOnlyList<SecretRule> Rules => _rules;

    /// <summary>Scans one text. <paramref name="path"/> (relative, forward slashes) is used by rules with a path filter;
    /// null means "no path known" and path filters are not applied.</summary>
    public IReadOnlyList<SecretMatch> Scan(string text, string? path)
    {
        var hits = KeywordHits(text);
        if (hits is null)
        {
            return [];
        }

        var lines = new LineIndex(text);
        var taken = new List<(int Start, int End)>();
        var results = new List<SecretMatch>();
        for (var index = 0; index < _rules.Count; index++)
        {
            if (hits[index] is not { } positions)
            {
                continue;
            }

            var rule = _rules[index];
            if (rule.PathFilter is { } filter && path is not null && !filter.IsMatch(path))
            {
                continue;
            }

            if (rule.Multiline)
            {
                Collect(rule, rule.Pattern.Match(text), lines, taken, results);
                continue;
            }

            foreach (var (start, end) in lines.LinesAround(positions))
            {
                Collect(rule, rule.Pattern.Match(text, start, end - start), lines, taken, results);
            }
        }

        results.Sort((a, b) => a.Line.CompareTo(b.Line));
        return results;
    }

    private static void Collect(SecretRule rule, Match m, LineIndex lines, List<(int Start, int End)> taken, List<SecretMatch> results)
    {
        for (; m.Success; m = m.NextMatch())
        {
            var g = m.Groups[rule.SecretGroup];
            if (!g.Success || g.Length == 0)
            {
                continue;
            }

            // Key bodies span lines; whitespace is layout, not secret, so re-wrapping keeps the fingerprint.
            var value = g.ValueSpan.ContainsAny(Whitespace) ? string.Concat(g.Value.Where(c => !char.IsWhiteSpace(c))) : g.Value;
            if (value.Length == 0 || !Accept(rule, value) || Overlaps(taken, g.Index, g.Index + g.Length))
            {
                continue;
            }

            // A name that only looks secret (publicToken, csrf-token, credentialId, DB_SECRET_NAME) holds no secret.
            if (rule.Generic && m.Groups["name"] is { Success: true } name && Decoys.IsDecoyName(name.Value))
            {
                continue;
            }

            // Generic rules also stay quiet on documentation lines ("Example: https://api.io/?access_token=...");
            // only the text before the secret counts, so a password before "@db.example.com" is still judged on its own.
            if (lines.LineHas(m.Index, AllowMarker) || (rule.Generic && lines.BeforeHas(g.Index, "example")))
            {
                continue;
            }

            taken.Add((g.Index, g.Index + g.Length));
            results.Add(new SecretMatch(rule, lines.LineOf(m.Index), SecretText.Mask(value), SecretText.FingerprintOf(rule.Id, value)));
        }
    }

    private static bool Accept(SecretRule rule, string value)
    {
        if (Decoys.IsPlaceholder(value))
        {
            return false;
        }

        if (rule.Password)
        {
            return !Decoys.IsPasswordDecoy(value);
        }

        if (rule.Generic && Decoys.IsGenericDecoy(value))
        {
            return false;
        }

        return rule.Entropy is not { } min || Entropy.Shannon(value) >= min;
    }

    private static bool Overlaps(List<(int Start, int End)> taken, int start, int end)
    {
        foreach (var (s, e) in taken)
        {
            if (start < e && s < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For each rule, the positions where one of its keywords occurs (null when none); null when no keyword occurs at all.</summary>
    private List<int>?[]? KeywordHits(string text)
    {
        var state = new HitState(_rules.Count, _rulesByKeyword);
        _automaton.Find(text.AsSpan(), ref state, static (ref HitState st, int keyword, int position) => st.Add(keyword, position));
        return state.Hits;
    }

    /// <summary>Collects keyword positions per rule while the automaton runs.</summary>
    private struct HitState(int rules, int[][] rulesByKeyword)
    {
        public List<int>?[]? Hits;

        public void Add(int keyword, int position)
        {
            Hits ??= new List<int>?[rules];
            foreach (var r in rulesByKeyword[keyword])
            {
                var list = Hits[r] ??= [];
                if (list.Count == 0 || list[^1] != position)
                {
                    list.Add(position);
                }
            }
        }
    }

    /// <summary>Line starts of a text, computed once per scanned text that has keyword hits.</summary>
    private sealed class LineIndex
    {
        private readonly string _text;
        private readonly List<int> _starts = [0];

        public LineIndex(string text)
        {
            _text = text;
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                _starts.Add(i + 1);
            }
        }

        public int LineOf(int index)
        {
            var i = _starts.BinarySearch(index);
            return (i >= 0 ? i : ~i - 1) + 1;
        }

        /// <summary>The lines holding the positions (ascending), adjacent lines merged, as [start, end) ranges.</summary>
        public IEnumerable<(int Start, int End)> LinesAround(List<int> positions)
        {
            var start = -1;
            var end = -1;
            foreach (var p in positions)
            {
                var line = LineOf(p) - 1;
                var s = _starts[line];
                var e = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
                if (s <= end)
                {
                    end = Math.Max(end, e);
                    continue;
                }

                if (start >= 0)
                {
                    yield return (start, end);
                }

                (start, end) = (s, e);
            }

            if (start >= 0)
            {
                yield return (start, end);
            }
        }

        public bool BeforeHas(int index, string marker)
        {
            var start = _starts[LineOf(index) - 1];
            return _text.AsSpan(start, index - start).Contains(marker, StringComparison.OrdinalIgnoreCase);
        }

        public bool LineHas(int index, string marker)
        {
            var line = LineOf(index) - 1;
            var start = _starts[line];
            var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
            return _text.AsSpan(start, end - start).Contains(marker, StringComparison.OrdinalIgnoreCase);
        }
    }
}
