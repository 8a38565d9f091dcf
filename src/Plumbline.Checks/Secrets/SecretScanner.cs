using System.Buffers;

namespace Plumbline.Checks.Secrets;

/// <summary>Finds secrets in text with a set of rules: a keyword pre-filter over the whole text,
/// then only the rules whose keywords occur run their (linear-time) regexes.</summary>
public sealed class SecretScanner
{
    /// <summary>The comment that silences every match on its line.</summary>
    public const string AllowMarker = "plumbline:allow";

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\f\v");
    private readonly IReadOnlyList<SecretRule> _rules;
    private readonly string[] _keywords;
    private readonly int[][] _rulesByKeyword;
    private readonly SearchValues<string> _keywordSearch;

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
        _keywordSearch = SearchValues.Create(_keywords, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The rules, in priority order.</summary>
    public IReadOnlyList<SecretRule> Rules => _rules;

    /// <summary>Scans one text. <paramref name="path"/> (relative, forward slashes) is used by rules with a path filter.</summary>
    public IReadOnlyList<SecretMatch> Scan(string text, string? path)
    {
        var candidates = CandidateRules(text);
        if (candidates.Count == 0)
        {
            return [];
        }

        var lines = new LineIndex(text);
        var taken = new List<(int Start, int End)>();
        var results = new List<SecretMatch>();
        foreach (var index in candidates)
        {
            var rule = _rules[index];
            if (rule.PathFilter is { } filter && path is not null && !filter.IsMatch(path))
            {
                continue;
            }

            foreach (System.Text.RegularExpressions.Match m in rule.Pattern.Matches(text))
            {
                var g = m.Groups[rule.SecretGroup];
                if (!g.Success || g.Length == 0)
                {
                    continue;
                }

                // Key bodies span lines; whitespace is layout, not secret, so re-wrapping keeps the fingerprint.
                var value = g.ValueSpan.ContainsAny(Whitespace) ? string.Concat(g.Value.Where(c => !char.IsWhiteSpace(c))) : g.Value;
                if (value.Length == 0)
                {
                    continue;
                }

                if (!Accept(rule, value) || Overlaps(taken, g.Index, g.Index + g.Length) || lines.LineHas(m.Index, AllowMarker))
                {
                    continue;
                }

                taken.Add((g.Index, g.Index + g.Length));
                results.Add(new SecretMatch(rule, lines.LineOf(m.Index), SecretText.Mask(value), SecretText.FingerprintOf(rule.Id, value)));
            }
        }

        results.Sort((a, b) => a.Line.CompareTo(b.Line));
        return results;
    }

    private static bool Accept(SecretRule rule, string value)
    {
        if (Decoys.IsPlaceholder(value))
        {
            return false;
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

    private List<int> CandidateRules(string text)
    {
        var span = text.AsSpan();
        var found = new bool[_rules.Count];
        var seenKeyword = new bool[_keywords.Length];
        var remaining = _keywords.Length;
        var offset = 0;
        while (remaining > 0)
        {
            var hit = span[offset..].IndexOfAny(_keywordSearch);
            if (hit < 0)
            {
                break;
            }

            var at = offset + hit;
            var rest = span[at..];
            for (var k = 0; k < _keywords.Length; k++)
            {
                if (!seenKeyword[k] && rest.StartsWith(_keywords[k], StringComparison.OrdinalIgnoreCase))
                {
                    seenKeyword[k] = true;
                    remaining--;
                    foreach (var r in _rulesByKeyword[k])
                    {
                        found[r] = true;
                    }
                }
            }

            offset = at + 1;
        }

        var list = new List<int>();
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i])
            {
                list.Add(i);
            }
        }

        return list;
    }

    /// <summary>Line starts of a text, computed once per scanned text that has candidate rules.</summary>
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

        public bool LineHas(int index, string marker)
        {
            var line = LineOf(index) - 1;
            var start = _starts[line];
            var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
            return _text.AsSpan(start, end - start).Contains(marker, StringComparison.OrdinalIgnoreCase);
        }
    }
}
