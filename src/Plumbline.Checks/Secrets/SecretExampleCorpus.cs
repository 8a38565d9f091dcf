using System.Text.Json;

namespace Plumbline.Checks.Secrets;

/// <summary>A labelled corpus of example texts (JSON lines: <c>family</c>, <c>expect</c> find|ignore, optional
/// <c>path</c>, <c>text</c> as an <see cref="ExampleText"/> template) and how a scanner scores on it, per family.
/// The accuracy bench prints the scores; a test holds the built-in rules to the corpus in bench/secrets/corpus.</summary>
public static class SecretExampleCorpus
{
    /// <summary>Reads JSON lines; <c>expect</c> accepts find/tp and ignore/fp. Families starting with '_' are notes.</summary>
    public static IReadOnlyList<SecretExample> Read(string jsonLines)
    {
        var examples = new List<SecretExample>();
        var number = 0;
        foreach (var line in jsonLines.Split('\n'))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var family = root.GetProperty("family").GetString() ?? "?";
            if (family.StartsWith('_'))
            {
                continue;
            }

            var expect = root.GetProperty("expect").GetString();
            var path = root.TryGetProperty("path", out var p) ? p.GetString() : null;
            examples.Add(new SecretExample(family, expect is "find" or "tp", path, root.GetProperty("text").GetString() ?? string.Empty, number));
        }

        return examples;
    }

    /// <summary>Scans each example (expanded) and counts, per family, true examples found and decoys flagged.</summary>
    public static IReadOnlyList<FamilyScore> Score(SecretScanner scanner, IEnumerable<SecretExample> examples) =>
        [.. examples.GroupBy(e => e.Family, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var missed = new List<int>();
            var flagged = new List<int>();
            foreach (var e in g)
            {
                var found = scanner.Scan(ExampleText.Expand(e.Text), e.Path).Count > 0;
                if (e.ShouldFind && !found)
                {
                    missed.Add(e.Line);
                }
                else if (!e.ShouldFind && found)
                {
                    flagged.Add(e.Line);
                }
            }

            return new FamilyScore(g.Key, g.Count(e => e.ShouldFind), g.Count(e => !e.ShouldFind), missed, flagged);
        })];
}

/// <summary>One labelled example: its family, whether a scanner should report it, the file path it stands in, its template, its line in the corpus.</summary>
public sealed record SecretExample(string Family, bool ShouldFind, string? Path, string Text, int Line);

/// <summary>How a scanner did on one family: true examples and decoys, and the corpus lines it got wrong.</summary>
public sealed record FamilyScore(string Family, int TrueExamples, int Decoys, IReadOnlyList<int> Missed, IReadOnlyList<int> Flagged)
{
    /// <summary>True examples found.</summary>
    public int Found => TrueExamples - Missed.Count;
}
