using System.Text;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Proposal.Reading;

/// <summary>Reads Markdown and plain text: # headings, lone short lines as headings, list items, | table rows, and paragraphs split by blank lines.</summary>
internal static partial class TextProposalReader
{
    public static ProposalDocument Read(string text, string name, string format)
    {
        var blocks = new List<ProposalBlock>();
        var paragraph = new List<string>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');

        void Add(string content, BlockKind kind)
        {
            var clean = ProposalText.Clean(Inline(content));
            if (clean.Length > 0)
            {
                blocks.Add(new ProposalBlock(clean, kind, null, blocks.Count + 1));
            }
        }

        void Flush()
        {
            if (paragraph.Count == 0)
            {
                return;
            }

            var joined = string.Join(' ', paragraph);
            var alone = paragraph.Count == 1;
            paragraph.Clear();
            Add(joined, alone && HeadingGuess.Looks(Inline(joined)) ? BlockKind.Heading : BlockKind.Paragraph);
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush();
                continue;
            }

            if (AtxHeading().Match(line) is { Success: true } h)
            {
                Flush();
                Add(h.Groups["text"].Value, BlockKind.Heading);
            }
            else if (line.TrimStart().StartsWith('|'))
            {
                Flush();
                if (!TableRule().IsMatch(line))
                {
                    var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).Where(c => c.Length > 0);
                    Add(string.Join(": ", cells), BlockKind.TableRow);
                }
            }
            else if (ListItem().Match(line) is { Success: true } item)
            {
                Flush();
                var content = item.Groups["number"].Success ? item.Groups["number"].Value + " " + item.Groups["text"].Value : item.Groups["text"].Value;
                var standsAlone = (i == 0 || lines[i - 1].Trim().Length == 0) && (i + 1 >= lines.Length || lines[i + 1].Trim().Length == 0);
                Add(content, standsAlone && item.Groups["number"].Success && HeadingGuess.Looks(item.Groups["text"].Value) ? BlockKind.Heading : BlockKind.ListItem);
            }
            else if (SetextRule().IsMatch(line))
            {
                // "Title" over "=====" is a heading; a rule on its own line only ends the paragraph.
                if (paragraph.Count == 1)
                {
                    var heading = paragraph[0];
                    paragraph.Clear();
                    Add(heading, BlockKind.Heading);
                }

                Flush();
            }
            else
            {
                paragraph.Add(line.Trim());
            }
        }

        Flush();
        return new ProposalDocument(name, format, blocks);
    }

    /// <summary>Markdown emphasis, code marks and links reduced to their words.</summary>
    private static string Inline(string text)
    {
        var withoutLinks = Link().Replace(text, "${text}");
        var sb = new StringBuilder(withoutLinks.Length);
        foreach (var c in withoutLinks)
        {
            if (c is not ('*' or '`'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Replace("__", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*(?:[-*+•]|(?<number>\d{1,2}(?:\.\d{1,2})*[.)]))\s+(?<text>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*(=+|-+)\s*$")]
    private static partial Regex SetextRule();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
}
