using System.Text.Json.Nodes;
using Plumbline.Testing.Dns;
using Plumbline.Testing.Reports;

namespace Plumbline.Cli.Tests.Check;

public sealed class CheckDomainCommandTests
{
    private const string Zone = """
        $ORIGIN shop.test.
        $TTL 300
        @ IN SOA ns1.shop.test. hostmaster.shop.test. 1 3600 600 86400 300
        @ IN NS ns1.shop.test.
        ns1 IN A 192.0.2.53
        @ IN MX 10 mail.shop.test.
        @ IN TXT "v=spf1 mx ~all"
        _dmarc IN TXT "v=DMARC1; p=none"
        mailer2026._domainkey IN TXT "v=DKIM1; k=ed25519; p=Zml4dHVyZS1rZXktbm90LXJlYWw="

        """;

    private static Task<NsdServer> StartDns() => NsdServer.StartAsync(new Dictionary<string, string> { ["shop.test"] = Zone });

    [NsdFact]
    public async Task A_domain_that_does_not_exist_is_exit_two_unless_allowed()
    {
        await using var dns = await StartDns();

        var (exit, output, error) = await CheckRun.Run("check", "domain", "nope.shop.test", "--dns-server", dns.Address);
        var (allowedExit, _, allowedError) = await CheckRun.Run("check", "domain", "nope.shop.test", "--dns-server", dns.Address, "--allow-missing");

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("does not exist");
        allowedError.ShouldBeEmpty();
        allowedExit.ShouldBe(0);
    }

    [NsdFact]
    public async Task A_domain_is_checked_through_the_given_dns_server_and_shown_as_a_matrix()
    {
        await using var dns = await StartDns();

        var (exit, output, error) = await CheckRun.Run("check", "domain", "shop.test", "--dns-server", dns.Address);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        output.ShouldContain("shop.test — domain check");
        output.ShouldContain("DNS records");
        output.ShouldContain("v=spf1 mx ~all");
        output.ShouldContain("Move DMARC from p=none to quarantine");
    }

    [NsdFact]
    public async Task The_json_report_is_valid_against_the_schema_and_carries_the_domain_metrics()
    {
        await using var dns = await StartDns();
        var outDir = Directory.CreateTempSubdirectory("plumb-out-").FullName;

        var (exit, _, error) = await CheckRun.Run("check", "domain", "shop.test", "--dns-server", dns.Address, "--format", "json", "--out", outDir);

        error.ShouldBeEmpty();
        exit.ShouldBe(0);
        var json = await File.ReadAllTextAsync(Directory.GetFiles(outDir, "*.json").ShouldHaveSingleItem());
        ReportSchema.Errors(json).ShouldBeEmpty();
        var report = JsonNode.Parse(json)!;
        report["kind"]!.GetValue<string>().ShouldBe("check-domain");
        report["metrics"]!["domain"]!["spfLookups"]!.GetValue<int>().ShouldBe(1);
        report["metrics"]!["domain"]!["dmarcPolicy"]!.GetValue<string>().ShouldBe("none");
        report["items"]!.AsArray().ShouldContain(i => i!["recommendationId"]!.GetValue<string>() == "enforce-dmarc");
    }

    [NsdFact]
    public async Task Fail_on_do_now_exits_one_when_urgent_items_are_found()
    {
        await using var dns = await StartDns();

        var (exit, _, _) = await CheckRun.Run("check", "domain", "shop.test", "--dns-server", dns.Address, "--fail-on", "do-now");

        exit.ShouldBe(1);
    }

    [NsdFact]
    public async Task A_named_dkim_selector_is_probed_from_the_option_or_the_config_file()
    {
        await using var dns = await StartDns();
        var config = Path.Combine(Directory.CreateTempSubdirectory("plumb-cfg-").FullName, "plumbline.yml");
        await File.WriteAllTextAsync(config, "domain:\n  dkim-selectors: [mailer2026]\n");

        var (_, fromOption, _) = await CheckRun.Run("check", "domain", "shop.test", "--dns-server", dns.Address, "--dkim-selector", "mailer2026");
        var (_, fromConfig, _) = await CheckRun.Run("check", "domain", "shop.test", "--dns-server", dns.Address, "--config", config);

        fromOption.ShouldContain("DKIM (mailer2026)");
        fromConfig.ShouldContain("DKIM (mailer2026)");
    }

    [Theory]
    [InlineData("not a domain", "is not a valid domain name")]
    [InlineData("https://shop.test/", "is a URL")]
    [InlineData("localhost", "is not a valid domain name")]
    public async Task An_invalid_domain_is_one_line_and_exit_two(string domain, string expected)
    {
        var (exit, output, error) = await CheckRun.Run("check", "domain", domain);

        exit.ShouldBe(2);
        output.ShouldBeEmpty();
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Theory]
    [InlineData("--dns-server", "dns.example", "is not an address like")]
    [InlineData("--dkim-selector", "bad selector!", "is not a DKIM selector")]
    public async Task Bad_options_are_one_line_and_exit_two(string option, string value, string expected)
    {
        var (exit, _, error) = await CheckRun.Run("check", "domain", "shop.test", option, value);

        exit.ShouldBe(2);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Fact]
    public async Task An_unreachable_dns_server_is_one_line_and_exit_two()
    {
        // A UDP port nothing listens on: the server never answers.
        using var socket = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        var port = ((System.Net.IPEndPoint)socket.Client.LocalEndPoint!).Port;

        var (exit, _, error) = await CheckRun.Run("check", "domain", "shop.test", "--dns-server", $"127.0.0.1:{port}");

        exit.ShouldBe(2);
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain($"--dns-server 127.0.0.1:{port}");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_bad_domain_section_in_the_config_names_the_line()
    {
        var config = Path.Combine(Directory.CreateTempSubdirectory("plumb-cfg-").FullName, "plumbline.yml");
        await File.WriteAllTextAsync(config, "domain:\n  dkim-selector: [x]\n");

        var (exit, _, error) = await CheckRun.Run("check", "domain", "shop.test", "--config", config);

        exit.ShouldBe(2);
        error.ShouldContain("plumbline.yml:2");
        error.ShouldContain("dkim-selector");
    }
}
