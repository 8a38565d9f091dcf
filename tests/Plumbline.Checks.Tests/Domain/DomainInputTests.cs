using Plumbline.Checks.Domain;

namespace Plumbline.Checks.Tests.Domain;

public sealed class DomainInputTests
{
    [Theory]
    [InlineData("Example.COM.", "example.com")]
    [InlineData(" shop.example.co.uk ", "shop.example.co.uk")]
    [InlineData("bücher.example", "xn--bcher-kva.example")]
    public void Domains_are_normalised_to_lowercase_ascii(string input, string expected) =>
        DomainName.Normalize(input).Domain.ShouldBe(expected);

    [Theory]
    [InlineData("localhost")]
    [InlineData("-bad.example")]
    [InlineData("a..example")]
    [InlineData("192.0.2.1")]
    [InlineData("exa mple.com")]
    [InlineData("https://example.com")]
    public void Invalid_domains_are_refused_with_a_reason(string input)
    {
        var (domain, error) = DomainName.Normalize(input);

        domain.ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldContain(input.Trim());
    }

    [Theory]
    [InlineData("192.0.2.53", "192.0.2.53:53")]
    [InlineData("127.0.0.1:5353", "127.0.0.1:5353")]
    [InlineData("[2001:db8::53]:5353", "[2001:db8::53]:5353")]
    [InlineData("2001:db8::53", "[2001:db8::53]:53")]
    public void Dns_servers_are_parsed_with_port_53_by_default(string input, string expected) =>
        DnsServerAddress.Parse(input).EndPoint!.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("dns.example")]
    [InlineData("127.0.0.1:99999")]
    [InlineData("")]
    public void Bad_dns_servers_are_refused(string input) =>
        DnsServerAddress.Parse(input).Error.ShouldNotBeNull();

    [Fact]
    public void An_mta_sts_policy_is_parsed_and_matches_wildcard_mx_patterns()
    {
        var policy = MtaStsPolicy.Parse("version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.backup.example.com\r\nmax_age: 604800\r\n");

        policy.Errors.ShouldBeEmpty();
        policy.Covers("mail.example.com.").ShouldBeTrue();
        policy.Covers("mx1.backup.example.com").ShouldBeTrue();
        policy.Covers("a.mx1.backup.example.com").ShouldBeFalse();
        policy.Covers("other.example.com").ShouldBeFalse();
    }

    [Fact]
    public void A_broken_mta_sts_policy_lists_what_is_wrong()
    {
        var policy = MtaStsPolicy.Parse("mode: strict\nmax_age: forever\n");

        policy.Errors.ShouldContain(e => e.Contains("STSv1"));
        policy.Errors.ShouldContain(e => e.Contains("strict"));
        policy.Errors.ShouldContain(e => e.Contains("max_age"));
    }
}
