using Plumbline.Checks.Repo.Docs;

namespace Plumbline.Checks.Tests.Repo;

public sealed class HasEnvExampleTests
{
    [Theory]
    [InlineData("const url = process.env.DATABASE_URL;", "DATABASE_URL")]
    [InlineData("const key = process.env['API_KEY'];", "API_KEY")]
    [InlineData("x = os.environ[\"A_1\"]\ny = os.environ.get('B_2')\nz = os.getenv(\"C_3\")", "A_1,B_2,C_3")]
    [InlineData("value = os.environ.get(\n    \"SPREAD_OVER_LINES\",\n    None)", "SPREAD_OVER_LINES")]
    [InlineData("var v = Environment.GetEnvironmentVariable(\"DOTNET_VAR\");", "DOTNET_VAR")]
    [InlineData("String s = System.getenv(\"JAVA_VAR\");", "JAVA_VAR")]
    [InlineData("s := os.Getenv(\"GO_VAR\")", "GO_VAR")]
    [InlineData("a = ENV.fetch(\"RUBY_A\")\nb = ENV[\"RUBY_B\"]", "RUBY_A,RUBY_B")]
    [InlineData("let v = env::var(\"RUST_VAR\");", "RUST_VAR")]
    [InlineData("const u = import.meta.env.VITE_URL;", "VITE_URL")]
    [InlineData("char *p = getenv(\"C_VAR\");", "C_VAR")]
    [InlineData("process.env.FIRST+process.env.SECOND", "FIRST,SECOND")]
    [InlineData("env = os.environ.copy()\nprint(process.env.lowercase)", "")]
    public void Finds_each_idiom(string text, string expected)
    {
        string.Join(',', HasEnvExample.VariablesRead(text)).ShouldBe(expected);
    }

    [Fact]
    public void A_read_far_from_a_word_that_is_no_read_is_still_found()
    {
        // The first word opens a window with no match in it; the read 1,000 characters on has a window of its own.
        var text = "env = os.environ.copy()\n" + new string('o', 1000) + "\nhome = os.environ[\"APP_HOME\"]\n";

        HasEnvExample.VariablesRead(text).ShouldBe(["APP_HOME"]);
    }

    [Fact]
    public void A_read_at_the_edge_of_a_window_is_read_whole()
    {
        // The first word's window (512 characters from "process.env") ends 3 characters into the second name:
        // a match there would read "SEC" and must not count.
        const string First = "a = process.env.ONE;";
        var gap = new string(' ', "a = ".Length + 512 - "process.env.SEC".Length - First.Length);
        var second = "process.env.SECOND_VARIABLE_NAME";
        var text = First + gap + second + ";";

        HasEnvExample.VariablesRead(text).ShouldBe(["ONE", "SECOND_VARIABLE_NAME"]);
    }

    [Fact]
    public void Many_reads_among_code_are_all_found_in_order()
    {
        var names = Enumerable.Range(0, 200).Select(i => $"VAR_{i}").ToList();
        var text = string.Join("\n", names.Select((n, i) => i % 2 == 0
            ? $"    options.append(open(path, 'r').read())  # noise\n    value_{i} = os.environ.get(\"{n}\")"
            : $"    value_{i} = os.getenv('{n}') or default_value"));

        HasEnvExample.VariablesRead(text).ShouldBe(names);
    }
}
