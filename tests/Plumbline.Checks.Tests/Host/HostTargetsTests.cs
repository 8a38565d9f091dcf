using System.Net;
using Plumbline.Checks.Host;
using Plumbline.Checks.Net;

namespace Plumbline.Checks.Tests.Host;

public sealed class HostTargetsTests
{
    [Fact]
    public void A_slash_8_is_refused_with_the_cap_and_what_to_do()
    {
        var result = HostTargets.Parse(["10.0.0.0/8"], HostTargets.DefaultCap);

        result.Success.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem().ToString();
        error.ShouldContain("10.0.0.0/8");
        error.ShouldContain("16,777,216 addresses");
        error.ShouldContain("more than the 256");
        error.ShouldContain("--max-addresses");
    }

    [Fact]
    public void A_range_is_expanded_from_its_network_address_even_when_written_from_a_host_inside_it()
    {
        var result = HostTargets.Parse(["127.0.0.9/30"], HostTargets.DefaultCap);

        result.Success.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Value.ShouldHaveSingleItem().Addresses.Select(a => a.ToString())
            .ShouldBe(["127.0.0.8", "127.0.0.9", "127.0.0.10", "127.0.0.11"]);
    }

    [Fact]
    public void A_slash_24_fits_the_default_cap_but_two_do_not()
    {
        HostTargets.Parse(["127.0.1.0/24"], HostTargets.DefaultCap).Success.ShouldBeTrue();

        var two = HostTargets.Parse(["127.0.1.0/24", "127.0.2.0/24"], HostTargets.DefaultCap);
        two.Success.ShouldBeFalse();
        two.Errors.ShouldHaveSingleItem().ToString().ShouldContain("512 addresses");
    }

    [Theory]
    [InlineData("127.0.0.1/33", "is not a CIDR range")]
    [InlineData("300.1.2.3/24", "is not a CIDR range")]
    [InlineData("-oProxyCommand", "is not a host name")]
    [InlineData("host name", "is not a host name")]
    public void Malformed_targets_are_named_in_the_error(string input, string expected)
    {
        var result = HostTargets.Parse([input], HostTargets.DefaultCap);

        result.Success.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ToString().ShouldContain(expected);
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_an_input_error_naming_it()
    {
        var specs = HostTargets.Parse(["no-such-host.invalid"], HostTargets.DefaultCap).Value;

        var result = await HostTargets.ResolveAsync(specs, TargetGuard.AllowAll, HostTargets.DefaultCap, CancellationToken.None);

        result.Success.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ToString().ShouldContain("no-such-host.invalid");
        result.Errors[0].ToString().ShouldContain("does not resolve");
    }

    [Fact]
    public async Task The_public_only_guard_refuses_a_loopback_range_before_connecting()
    {
        var specs = HostTargets.Parse(["127.0.0.0/30"], HostTargets.DefaultCap).Value;

        var result = await HostTargets.ResolveAsync(specs, TargetGuard.PublicOnly, HostTargets.DefaultCap, CancellationToken.None);

        result.Success.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ToString().ShouldContain("loopback");
    }

    [Fact]
    public async Task Repeated_addresses_are_touched_once()
    {
        var specs = HostTargets.Parse(["127.0.0.1", "127.0.0.0/31", "[::1]"], HostTargets.DefaultCap).Value;

        var result = await HostTargets.ResolveAsync(specs, TargetGuard.AllowAll, HostTargets.DefaultCap, CancellationToken.None);

        result.Value.Select(a => a.Address).ShouldBe([IPAddress.Parse("127.0.0.1"), IPAddress.Parse("127.0.0.0"), IPAddress.IPv6Loopback]);
    }

    [Theory]
    [InlineData("22,80,443", new[] { 22, 80, 443 })]
    [InlineData("8000-8002, 22, 8001", new[] { 8000, 8001, 8002, 22 })]
    public void Ports_and_ranges_are_read_in_order_without_repeats(string text, int[] expected) =>
        PortList.Parse(text).Value.ShouldBe(expected);

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("80-70")]
    [InlineData("ssh")]
    [InlineData(",")]
    public void Ports_out_of_range_are_refused_naming_the_option(string text)
    {
        var result = PortList.Parse(text);

        result.Success.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().ToString().ShouldContain("--ports");
    }
}
