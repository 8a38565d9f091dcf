namespace Plumbline.Checks.Runs;

/// <summary>What a host check applies besides <see cref="CheckRunSettings"/>: ports, the address cap, rate and timeouts.</summary>
/// <param name="Run">The settings every check run shares (its network options' <c>Timeout</c> is the probe timeout).</param>
public sealed record HostCheckSettings(CheckRunSettings Run)
{
    /// <summary>The ports tried (<c>--ports</c>); the built-in list when empty.</summary>
    public IReadOnlyList<int> Ports { get; init; } = [];

    /// <summary>Addresses one run may touch (<c>--max-addresses</c>).</summary>
    public int MaxAddresses { get; init; } = Host.HostTargets.DefaultCap;

    /// <summary>New connections per second at most (<c>--rate</c>).</summary>
    public int Rate { get; init; } = 50;

    /// <summary>How long a connection may take to be accepted (<c>--connect-timeout</c>).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a port not in the list is given to speak first.</summary>
    public TimeSpan GreetingWait { get; init; } = TimeSpan.FromSeconds(2);
}
