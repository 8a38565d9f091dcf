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
}
