using System.Text.Json.Nodes;
using Plumbline.Testing.Git;
using Plumbline.Testing.Net;

namespace Plumbline.Cli.Tests.Check;

/// <summary><c>plumb check host</c> end to end on 127.0.0.1, and its input errors.</summary>
public sealed class CheckHostCommandTests
{
    [Fact]
    public async Task A_loopback_ftp_server_is_reported_as_a_plaintext_protocol_in_the_json_report()
    {
        await using var ftp = ScriptedTcpServer.Banner("220 (vsFTPd 3.0.3)\r\n");
        using var outDir = new TempFolder();

        var (exit, _, error) = await CheckRun.Run("check", "host", "127.0.0.1", "--ports", $"{ftp.Port}", "--timeout", "2", "--format", "json", "--out", outDir.Path);

        exit.ShouldBe(0, error);
        var file = Directory.GetFiles(outDir.Path, "*.json").ShouldHaveSingleItem();
        Path.GetFileName(file).ShouldBe("plumbline-host-127-0-0-1.json");
        var report = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
        report["metrics"]!["host"]!["open"]!.GetValue<int>().ShouldBe(1);
        report["findings"]!.AsArray().ShouldContain(f => f!["checkId"]!.GetValue<string>() == "PlaintextProtocolsClosed" && f["outcome"]!.GetValue<string>() == "Fail");
    }

    [Fact]
    public async Task Fail_on_do_now_exits_1_for_an_open_ftp_server()
    {
        await using var ftp = ScriptedTcpServer.Banner("220 (vsFTPd 3.0.3)\r\n");

        var (exit, _, error) = await CheckRun.Run("check", "host", "127.0.0.1", "--ports", $"{ftp.Port}", "--timeout", "2", "--fail-on", "plan-and-invest");

        exit.ShouldBe(1, error);
        error.ShouldContain("FTP");
    }

    [Theory]
    [InlineData("10.0.0.0/8", "more than the 256 one run may touch")]
    [InlineData("no-such-host.invalid", "does not resolve")]
    [InlineData("127.0.0.1/40", "is not a CIDR range")]
    public async Task Bad_targets_exit_2_with_one_line_naming_them(string target, string expected)
    {
        var (exit, output, error) = await CheckRun.Run("check", "host", target, "--ports", "1");

        exit.ShouldBe(2);
        error.ShouldStartWith("plumb: ");
        error.ShouldContain(target);
        error.ShouldContain(expected);
        error.ShouldNotContain("   at ");
        output.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--ports", "70000", "--ports")]
    [InlineData("--max-addresses", "5000", "--max-addresses")]
    [InlineData("--rate", "0", "--rate")]
    [InlineData("--connect-timeout", "x", "--connect-timeout")]
    public async Task Options_out_of_range_exit_2_naming_the_option(string option, string value, string named)
    {
        var (exit, _, error) = await CheckRun.Run("check", "host", "127.0.0.1", option, value);

        exit.ShouldBe(2);
        error.ShouldContain(named);
    }
}
