using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Plumbline.Checks.Net;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Host;

/// <summary>Turns what the operator named (host names, IP addresses, CIDR ranges) into the addresses a host check
/// touches — and nothing beyond them: no discovery, and no more than a cap per run.</summary>
public static class HostTargets
{
    /// <summary>Addresses one run touches by default (a /24).</summary>
    public const int DefaultCap = 256;

    /// <summary>The most <c>--max-addresses</c> may allow (a /20): a wider sweep is not what a review of one business needs.</summary>
    public const int MaxCap = 4096;

    /// <summary>Checks the targets' form without touching the network: literal addresses and ranges are expanded and
    /// counted against <paramref name="cap"/>; names are kept to resolve later.</summary>
    public static ParseResult<IReadOnlyList<TargetSpec>> Parse(IReadOnlyList<string> inputs, int cap)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return Fail("host", "name at least one target: a host name, an IP address or a CIDR range such as 203.0.113.0/28");
        }

        var specs = new List<TargetSpec>();
        var errors = new List<InputError>();
        long total = 0;
        foreach (var raw in inputs)
        {
            var text = raw.Trim();
            if (text.Length == 0)
            {
                errors.Add(new InputError("host", "a target is empty"));
                continue;
            }

            var slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                if (!IPAddress.TryParse(text[..slash], out var network)
                    || !int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
                    || prefix > (network.AddressFamily == AddressFamily.InterNetwork ? 32 : 128))
                {
                    errors.Add(new InputError(text, "is not a CIDR range; write it as an address and a prefix length, e.g. 203.0.113.0/28"));
                    continue;
                }

                var bits = (network.AddressFamily == AddressFamily.InterNetwork ? 32 : 128) - prefix;
                var count = bits >= 62 ? long.MaxValue : 1L << bits;
                if (count > cap)
                {
                    var size = count == long.MaxValue ? "more than 2^62" : count.ToString("N0", CultureInfo.InvariantCulture);
                    errors.Add(new InputError(text, $"holds {size} addresses, more than the {cap} one run may touch; name a smaller range (a /{RangePrefixFor(cap, network.AddressFamily)} or narrower){(cap < MaxCap ? $", or raise --max-addresses (at most {MaxCap})" : string.Empty)}"));
                    continue;
                }

                total += count;
                specs.Add(new TargetSpec(text, null, Addresses(network, prefix)));
                continue;
            }

            var literal = text.StartsWith('[') && text.EndsWith(']') ? text[1..^1] : text;
            if (IPAddress.TryParse(literal, out var ip))
            {
                total++;
                specs.Add(new TargetSpec(text, null, [ip]));
                continue;
            }

            if (Uri.CheckHostName(text) != UriHostNameType.Dns || text.StartsWith('-'))
            {
                errors.Add(new InputError(text, "is not a host name, an IP address or a CIDR range"));
                continue;
            }

            total++;
            specs.Add(new TargetSpec(text, text.TrimEnd('.').ToLowerInvariant(), []));
        }

        if (errors.Count == 0 && total > cap)
        {
            errors.Add(new InputError("host", $"the targets hold {total} addresses, more than the {cap} one run may touch; name fewer{(cap < MaxCap ? $", or raise --max-addresses (at most {MaxCap})" : string.Empty)}"));
        }

        return errors.Count > 0 ? ParseResult<IReadOnlyList<TargetSpec>>.Fail(errors) : ParseResult<IReadOnlyList<TargetSpec>>.Ok(specs);
    }

    /// <summary>Resolves the names and applies the guard to every address; a name that does not resolve, an address
    /// the guard refuses, or more addresses than <paramref name="cap"/> is an error naming the target.</summary>
    public static async Task<ParseResult<IReadOnlyList<HostAddress>>> ResolveAsync(IReadOnlyList<TargetSpec> specs, TargetGuard guard, int cap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(guard);
        var addresses = new List<HostAddress>();
        var seen = new HashSet<IPAddress>();
        var errors = new List<InputError>();
        foreach (var spec in specs)
        {
            if (spec.Name is { } name)
            {
                try
                {
                    foreach (var ip in await guard.ResolveAllowedAsync(name, cancellationToken).ConfigureAwait(false))
                    {
                        if (seen.Add(ip))
                        {
                            addresses.Add(new HostAddress(ip, name));
                        }
                    }
                }
                catch (SocketException)
                {
                    errors.Add(new InputError(spec.Text, "the name does not resolve; check the spelling, or give the IP address"));
                }
                catch (TargetRefusedException ex)
                {
                    errors.Add(new InputError(spec.Text, $"refused: {ex.Message}"));
                }

                continue;
            }

            if (spec.Addresses.Select(guard.Refusal).FirstOrDefault(r => r is not null) is { } refusal)
            {
                errors.Add(new InputError(spec.Text, $"refused: {refusal}"));
                continue;
            }

            addresses.AddRange(spec.Addresses.Where(seen.Add).Select(ip => new HostAddress(ip, null)));
        }

        if (errors.Count == 0 && addresses.Count > cap)
        {
            errors.Add(new InputError("host", $"the names resolve to {addresses.Count} addresses, more than the {cap} one run may touch; name fewer"));
        }

        return errors.Count > 0 ? ParseResult<IReadOnlyList<HostAddress>>.Fail(errors) : ParseResult<IReadOnlyList<HostAddress>>.Ok(addresses);
    }

    private static List<IPAddress> Addresses(IPAddress network, int prefix)
    {
        var bytes = network.GetAddressBytes();
        var bits = (bytes.Length * 8) - prefix;
        // Clear the host bits, so 203.0.113.9/30 means 203.0.113.8 to .11, as a router would read it.
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        var list = new List<IPAddress>(1 << bits);
        for (var n = 0; n < 1 << bits; n++)
        {
            var current = (byte[])bytes.Clone();
            var carry = n;
            for (var i = current.Length - 1; i >= 0 && carry > 0; i--)
            {
                var sum = current[i] + (carry & 0xFF);
                current[i] = (byte)sum;
                carry = (carry >> 8) + (sum >> 8);
            }

            list.Add(new IPAddress(current));
        }

        return list;
    }

    private static int RangePrefixFor(int cap, AddressFamily family)
    {
        var bits = 0;
        while (1 << (bits + 1) <= cap)
        {
            bits++;
        }

        return (family == AddressFamily.InterNetwork ? 32 : 128) - bits;
    }

    private static ParseResult<IReadOnlyList<TargetSpec>> Fail(string input, string message) =>
        ParseResult<IReadOnlyList<TargetSpec>>.Fail(new InputError(input, message));
}
