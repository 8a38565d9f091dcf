using System.Net;

namespace Plumbline.Checks.Runs;

/// <summary>What a domain check applies besides <see cref="CheckRunSettings"/>: which DNS server to ask and which DKIM selectors to probe.</summary>
/// <param name="Run">The settings every check run shares.</param>
public sealed record DomainCheckSettings(CheckRunSettings Run)
{
    /// <summary>The DNS server asked (<c>--dns-server</c>); null for the system's resolvers.</summary>
    public IPEndPoint? DnsServer { get; init; }

    /// <summary>How an unreachable resolver is named in the error, e.g. <c>--dns-server 10.0.0.53</c>.</summary>
    public string ResolverName { get; init; } = "the system's DNS resolver";

    /// <summary>Selectors the operator named, probed besides the common ones.</summary>
    public IReadOnlyList<string> DkimSelectors { get; init; } = [];

    /// <summary>Check a domain that does not exist (NXDOMAIN) instead of refusing it as an input error
    /// (<c>--allow-missing</c>): for a look-alike or a name about to be registered.</summary>
    public bool AllowMissing { get; init; }

    /// <summary>How long one DNS question may take; one retry follows a timeout.</summary>
    public TimeSpan DnsTimeout { get; init; } = TimeSpan.FromSeconds(3);
}
