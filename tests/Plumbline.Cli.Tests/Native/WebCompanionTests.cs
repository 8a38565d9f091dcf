using System.CommandLine;
using Plumbline.Cli.Commands;

namespace Plumbline.Cli.Tests.Native;

public sealed class WebCompanionTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("plumb-companion-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Theory]
    [InlineData(new[] { "serve" }, true)]
    [InlineData(new[] { "export", "--help" }, true)]
    [InlineData(new[] { "import", "backup.json" }, true)]
    [InlineData(new[] { "audit", "serve" }, false)]
    [InlineData(new string[0], false)]
    public void The_workspace_commands_are_handed_over_and_no_others(string[] args, bool handed)
    {
        WebCompanion.Handles(args).ShouldBe(handed);
    }

    [Fact]
    public void The_stand_ins_read_in_help_as_the_web_builds_commands()
    {
        var real = new[] { ServeCommand.Create(Cli()), ExportCommand.Create(Cli()), ImportCommand.Create(Cli()) };

        var standIns = WebCompanion.StandIns().ToList();

        standIns.Select(Shape).ShouldBe(real.Select(Shape));
    }

    [Fact]
    public async Task A_missing_web_build_is_one_line_and_exit_two()
    {
        using var error = new StringWriter();

        var exit = await WebCompanion.RunAsync(Path.Combine(_temp.FullName, "web", "plumb"), ["serve"], error);

        exit.ShouldBe(2);
        var line = error.ToString().Trim().Split('\n').ShouldHaveSingleItem();
        line.ShouldContain("'serve' runs on the web workspace");
        line.ShouldContain("install plumb with its web folder");
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_web_build_gets_the_arguments_as_given_and_its_exit_code_is_passed_on()
    {
        var seen = Path.Combine(_temp.FullName, "seen.txt");
        var companion = Path.Combine(_temp.FullName, "plumb");
        await File.WriteAllTextAsync(companion, $"#!/bin/sh\nfor a in \"$@\"; do echo \"$a\" >> '{seen}'; done\nexit 7\n");
        File.SetUnixFileMode(companion, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var exit = await WebCompanion.RunAsync(companion, ["export", "Harbor & Pine", "--data", "/tmp/a b"], TextWriter.Null);

        exit.ShouldBe(7);
        (await File.ReadAllLinesAsync(seen)).ShouldBe(["export", "Harbor & Pine", "--data", "/tmp/a b"]);
    }

    private static CliContext Cli() => new(PlumbApp.CreateConsole(TextWriter.Null, interactive: false), TextWriter.Null, TimeProvider.System, Interactive: false);

    private static string Shape(Command c) => $"{c.Name} [{string.Join(",", c.Arguments.Select(a => a.Name))}] {c.Description}";
}
