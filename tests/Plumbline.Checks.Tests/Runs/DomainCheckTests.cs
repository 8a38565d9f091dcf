using System.Net;
using Plumbline.Checks.Runs;
using Plumbline.Core.Recommendations;
using Plumbline.Testing.Net;

namespace Plumbline.Checks.Tests.Runs;

/// <summary>The one domain-check run: a resolver that cannot be reached is one error naming it, not a report of a domain without mail security.</summary>
public sealed class DomainCheckTests
{
    [Fact]
    public async Task An_unreachable_dns_server_is_one_error_named_as_the_caller_names_it()
    {
        // Nothing answers DNS on a loopback port picked a moment ago.
        var settings = new DomainCheckSettings(new CheckRunSettings(RecommendationCatalog.BuiltIn, TimeProvider.System, new DateOnly(2026, 3, 2)))
        {
            DnsServer = new IPEndPoint(IPAddress.Loopback, LoopbackPort.Free()),
            ResolverName = "--dns-server test",
            DnsTimeout = TimeSpan.FromMilliseconds(500),
        };

        var result = await DomainCheck.RunAsync("example.test", settings, CancellationToken.None);

        result.Success.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Source.ShouldBe("--dns-server test");
        error.Message.ShouldContain("check the address and port");
    }
}
