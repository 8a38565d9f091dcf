using Plumbline.Checks.Repo.Inventory;

namespace Plumbline.Checks.Tests.Repo.Inventory;

public sealed class LineCounterTests
{
    private static LineCounts Count(string file, string text) => LineCounter.Count(text, Languages.Detect(file, text)!);

    [Fact]
    public void C_sharp_lines_are_split_into_code_comment_and_blank_like_cloc()
    {
        var text = "// header\nusing System;\n\n/* block\n\n   still */\nclass A { } // trailing\nint x; /* opens\ncloses */ int y;\n";

        Count("a.cs", text).ShouldBe(new LineCounts(Code: 4, Comment: 3, Blank: 2));
    }

    [Fact]
    public void Python_docstrings_count_as_comments()
    {
        var text = "#!/usr/bin/env python3\n\"\"\"Module doc.\n\nMore.\n\"\"\"\nimport os\n\ndef f():\n    '''One line.'''\n    return 1  # note\n";

        Count("m.py", text).ShouldBe(new LineCounts(Code: 3, Comment: 5, Blank: 2));
    }

    [Fact]
    public void A_last_line_without_newline_is_counted()
    {
        Count("a.js", "a();\nb();").ShouldBe(new LineCounts(2, 0, 0));
    }

    [Fact]
    public void Lua_block_comments_win_over_line_comments()
    {
        Count("a.lua", "--[[ start\nstill comment\n]]\nprint(1) -- done\n").ShouldBe(new LineCounts(1, 3, 0));
    }

    [Fact]
    public void A_patch_counts_its_changes_as_code_and_its_context_and_headers_as_comment_like_cloc()
    {
        var text = "# exported from a build script\ndiff --git a/x.c b/x.c\n--- a/x.c\n+++ b/x.c\n@@ -1,3 +1,3 @@\n int a;\n-int b;\n+long b;\n \n int c;\n";

        // Code: diff, @@, -, +. Comment: #, ---, +++, two context lines. Blank: the context line that is only a space.
        Count("fix.patch", text).ShouldBe(new LineCounts(Code: 4, Comment: 5, Blank: 1));
        Count("fix.diff", text).ShouldBe(new LineCounts(Code: 4, Comment: 5, Blank: 1));
    }

    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("+a", 1, 0, 0)]
    [InlineData("+a\n", 1, 0, 0)]
    [InlineData("+a\n\n", 1, 0, 1)]
    [InlineData("\r\n-a\r\n a\r\n", 1, 1, 1)]
    public void A_patch_ending_with_or_without_a_newline_counts_each_line_once(string text, long code, long comment, long blank)
    {
        PatchLines.Count(text).ShouldBe(new LineCounts(code, comment, blank));
    }

    [Theory]
    [InlineData("a.cs")]
    [InlineData("m.py")]
    [InlineData("a.lua")]
    [InlineData("a.html")]
    [InlineData("a.rb")]
    [InlineData("a.php")]
    [InlineData("a.sh")]
    public void Counts_agree_with_reading_every_line_token_by_token(string file)
    {
        // The counter decides most lines from a cached search for the next comment token; the reference below reads
        // every line from its first character. Random texts made of comment tokens, code and whitespace of every kind.
        var language = Languages.Detect(file, string.Empty)!;
        string[] pieces =
        [
            "/*", "*/", "//", "#", "\"\"\"", "'''", "--", "--[[", "]]", "<!--", "-->", "=begin", "=end", "<", "-", "/", "*", "=", "\"",
            "x", "code", "y = 1", " ", "  ", "\t", "\r", "\u00a0", "\f", "\n", "\n", "\n", "\r\n", "\n\n",
        ];
        var random = new Random(20261123);
        for (var run = 0; run < 2000; run++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => pieces[random.Next(pieces.Length)]));

            LineCounter.Count(text, language).ShouldBe(ReferenceCount(text, language), $"{file}: {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
    }

    // cloc's rules read plainly: each trimmed line from its first character, token by token.
    private static LineCounts ReferenceCount(string text, Language language)
    {
        long code = 0, comment = 0, blank = 0;
        string? blockEnd = null;
        var lines = text.Split('\n');
        // An empty text has no lines, and a text ending in a newline has no line after it.
        foreach (var raw in text.Length == 0 ? [] : text.EndsWith('\n') ? lines[..^1] : lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            var hasCode = false;
            var i = 0;
            while (i < line.Length)
            {
                if (blockEnd is not null)
                {
                    var end = line.IndexOf(blockEnd, i, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        break;
                    }

                    i = end + blockEnd.Length;
                    blockEnd = null;
                    continue;
                }

                var rest = line[i..];
                var block = language.BlockComments.FirstOrDefault(b => rest.StartsWith(b.Start, StringComparison.Ordinal));
                if (block.Start is not null)
                {
                    blockEnd = block.End;
                    i += block.Start.Length;
                }
                else if (language.LineComments.Any(t => rest.StartsWith(t, StringComparison.Ordinal)))
                {
                    break;
                }
                else
                {
                    hasCode |= rest[0] is not (' ' or '\t' or '\r');
                    i++;
                }
            }

            if (hasCode)
            {
                code++;
            }
            else
            {
                comment++;
            }
        }

        return new LineCounts(code, comment, blank);
    }
}
