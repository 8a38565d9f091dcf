using Plumbline.Cli.Assess;
using Plumbline.Core.Assessments;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Plumbline.Cli.Tests.Assess;

/// <summary>Drives the real Spectre prompts with scripted key presses.</summary>
public sealed class SpectrePrompterTests
{
    private static readonly AssessmentTemplate Security = TemplateLibrary.BuiltIn.Find("security-basics")!;

    private static (SpectrePrompter Prompter, StringWriter Output) Prompter(params ConsoleKeyInfo[] keys) => Prompter(ansi: false, keys);

    private static (SpectrePrompter Prompter, StringWriter Output) Prompter(bool ansi, params ConsoleKeyInfo[] keys)
    {
        var output = new StringWriter();
        var inner = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
        });
        return (new SpectrePrompter(new KeyedConsole(inner, new Queue<ConsoleKeyInfo>(keys))), output);
    }

    private static ConsoleKeyInfo Key(ConsoleKey key, char c = '\0') => new(c, key, false, false, false);

    private static ConsoleKeyInfo[] Typed(string text) =>
        [.. text.Select(c => Key(char.IsDigit(c) ? ConsoleKey.D0 + (c - '0') : ConsoleKey.A, c)), Key(ConsoleKey.Enter, '\r')];

    [Fact]
    public void A_yes_no_question_is_a_menu()
    {
        var (p, output) = Prompter(ansi: true, Key(ConsoleKey.DownArrow), Key(ConsoleKey.Enter, '\r'));
        p.Ask(Security.Find("mfa-everyone")!, 1, 21).ShouldBe(Answer.Word(QuestionKind.YesNoUnsure, "no"));
        output.ToString().ShouldContain("Does everyone use multi-factor sign-in");
    }

    [Fact]
    public void Without_ansi_a_choice_is_typed_and_checked()
    {
        var (p, output) = Prompter([.. Typed("maybe"), .. Typed("unsure")]);
        p.Ask(Security.Find("mfa-everyone")!, 1, 21).ShouldBe(Answer.Word(QuestionKind.YesNoUnsure, "unsure"));
        output.ToString().ShouldContain("'maybe' is not an answer");
    }

    [Fact]
    public void Without_ansi_multiple_choices_are_typed_comma_separated()
    {
        var (p, _) = Prompter(Typed("a-local-drive, a-second-cloud-service"));
        p.Ask(Security.Find("backup-copies")!, 10, 21).Choices.ShouldBe(["a-local-drive", "a-second-cloud-service"]);
    }

    [Fact]
    public void A_multiple_choice_question_takes_any_options()
    {
        var (p, _) = Prompter(ansi: true, Key(ConsoleKey.DownArrow), Key(ConsoleKey.Spacebar, ' '), Key(ConsoleKey.DownArrow), Key(ConsoleKey.DownArrow), Key(ConsoleKey.Spacebar, ' '), Key(ConsoleKey.Enter, '\r'));
        p.Ask(Security.Find("backup-copies")!, 10, 21).Choices.ShouldBe(["a-second-cloud-service", "a-local-drive"]);
    }

    [Fact]
    public void A_number_is_checked_and_asked_again_until_it_fits()
    {
        var (p, output) = Prompter([.. Typed("lots"), .. Typed("4")]);
        p.Ask(Security.Find("admin-count")!, 5, 21).Number.ShouldBe(4);
        output.ToString().ShouldContain("must be a number, not 'lots'");
    }

    [Fact]
    public void A_date_is_read_as_yyyy_mm_dd()
    {
        var (p, _) = Prompter(Typed("2026-03-01"));
        p.Ask(Security.Find("last-restore-test")!, 12, 21).Date.ShouldBe(new DateOnly(2026, 3, 1));
    }

    [Fact]
    public void Free_text_is_kept_literally_even_when_it_looks_like_yaml()
    {
        var ws = TemplateLibrary.BuiltIn.Find("warning-signs")!;
        var (p, _) = Prompter(Typed("a: [b"));
        p.Ask(ws.Find("which-systems")!, 2, 12).Text.ShouldBe("a: [b");
    }

    [Fact]
    public void Scores_are_asked_per_option_from_one_to_five()
    {
        var bvb = TemplateLibrary.BuiltIn.Find("build-vs-buy")!;
        var (p, _) = Prompter([.. Typed("2"), .. Typed("9"), .. Typed("4"), .. Typed("3"), .. Typed("5")]);
        p.Ask(bvb.Find("fit")!, 4, 10).Scores.ShouldBe(new Dictionary<string, int> { ["dont-build"] = 2, ["buy"] = 4, ["integrate"] = 3, ["build"] = 5 });
    }

    private sealed class KeyedConsole(IAnsiConsole inner, Queue<ConsoleKeyInfo> keys) : IAnsiConsole, IAnsiConsoleInput
    {
        public Profile Profile => inner.Profile;

        public IAnsiConsoleCursor Cursor => inner.Cursor;

        public IAnsiConsoleInput Input => this;

        public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

        public RenderPipeline Pipeline => inner.Pipeline;

        public void Clear(bool home) => inner.Clear(home);

        public void Write(IRenderable renderable) => inner.Write(renderable);

        public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

        public bool IsKeyAvailable() => keys.Count > 0;

        public ConsoleKeyInfo? ReadKey(bool intercept) =>
            keys.Count > 0 ? keys.Dequeue() : throw new InvalidOperationException("The script ran out of key presses.");

        public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
    }
}
