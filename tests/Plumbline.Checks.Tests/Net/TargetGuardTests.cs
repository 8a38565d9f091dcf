using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using Plumbline.Checks.Net;
using Plumbline.Testing.Web;

namespace Plumbline.Checks.Tests.Net;

public sealed class TargetGuardTests
{
    private static HostResolver Resolving(params string[] addresses) =>
        (_, _) => Task.FromResult<IReadOnlyList<IPAddress>>([.. addresses.Select(IPAddress.Parse)]);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("10.0.0.7")]
    [InlineData("169.254.169.254")]
    [InlineData("[fe80::1]")]
    public async Task Public_only_guard_refuses_non_public_address_literals(string host)
    {
        var ex = await Should.ThrowAsync<TargetRefusedException>(() => TargetGuard.PublicOnly.ResolveAllowedAsync(host, CancellationToken.None));

        ex.Message.ShouldContain("checks started here only reach public addresses");
    }

    [Fact]
    public async Task Public_only_guard_refuses_localhost_resolved_by_the_system()
    {
        var ex = await Should.ThrowAsync<TargetRefusedException>(() => TargetGuard.PublicOnly.ResolveAllowedAsync("localhost", CancellationToken.None));

        ex.Message.ShouldStartWith("localhost resolves to");
        ex.Message.ShouldContain("loopback");
    }

    [Fact]
    public async Task A_name_with_one_private_address_among_public_ones_is_refused()
    {
        var guard = new TargetGuard(allowNonPublic: false, Resolving("93.184.216.34", "192.168.0.10"));

        var ex = await Should.ThrowAsync<TargetRefusedException>(() => guard.ResolveAllowedAsync("shop.example", CancellationToken.None));

        ex.Message.ShouldContain("192.168.0.10");
    }

    [Fact]
    public async Task A_name_resolving_to_public_addresses_is_allowed()
    {
        var guard = new TargetGuard(allowNonPublic: false, Resolving("93.184.216.34", "2606:2800:220:1::1"));

        var addresses = await guard.ResolveAllowedAsync("shop.example", CancellationToken.None);

        addresses.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Allow_all_guard_lets_loopback_through()
    {
        var addresses = await TargetGuard.AllowAll.ResolveAllowedAsync("127.0.0.1", CancellationToken.None);

        addresses.ShouldHaveSingleItem().ShouldBe(IPAddress.Loopback);
    }

    [Fact]
    public async Task A_name_that_resolves_to_nothing_is_a_socket_error_not_a_refusal()
    {
        var guard = new TargetGuard(allowNonPublic: false, Resolving());

        await Should.ThrowAsync<SocketException>(() => guard.ResolveAllowedAsync("nothing.example", CancellationToken.None));
    }

    [Fact]
    public async Task Fetching_a_loopback_server_through_the_public_only_guard_is_refused_before_connecting()
    {
        var requests = 0;
        await using var server = await TestWebServer.StartHttpAsync(ctx =>
        {
            Interlocked.Increment(ref requests);
            return ctx.Response.WriteAsync("hello");
        });
        using var fetcher = new HttpFetcher(NetworkOptions.Default with { Guard = TargetGuard.PublicOnly, Retries = 0 });

        var result = await fetcher.GetAsync(server.Url("127.0.0.1"), CancellationToken.None);

        result.Completed.ShouldBeFalse();
        result.Refused.ShouldBeTrue();
        result.Error!.ShouldContain("loopback");
        requests.ShouldBe(0);
    }
}
