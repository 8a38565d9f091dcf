using System.Globalization;
using System.Text.RegularExpressions;

namespace Plumbline.Checks.Iac;

/// <summary>Reads which ports a firewall rule opens, and whether to the whole internet, from AWS security groups,
/// Azure NSG rules and GCP firewalls as Terraform writes them.</summary>
public static partial class PortRanges
{
    /// <summary>True when <paramref name="text"/> allows inbound traffic from anywhere to a port in <paramref name="ports"/>.</summary>
    public static bool OpensToWorld(string text, IReadOnlyList<int> ports)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!World().IsMatch(text) || Denies().IsMatch(text))
        {
            return false;
        }

        var ranges = Ranges(text).ToList();
        // No port named: AWS protocol "-1" and GCP "allow" without ports open every port.
        if (ranges.Count == 0)
        {
            ranges.Add((0, 65535));
        }

        return ports.Any(p => ranges.Exists(r => r.From <= p && p <= r.To));
    }

    private static IEnumerable<(int From, int To)> Ranges(string text)
    {
        var from = FromPort().Match(text);
        var to = ToPort().Match(text);
        if (from.Success)
        {
            var start = Number(from.Groups[1].Value);
            var end = to.Success ? Number(to.Groups[1].Value) : start;
            // 0 to 0 is how AWS writes "all ports" (with protocol -1); read it so, as the provider does.
            yield return start == 0 && end == 0 ? (0, 65535) : (start, end);
        }

        foreach (Match m in QuotedPorts().Matches(text))
        {
            foreach (Match item in Item().Matches(m.Groups["list"].Value))
            {
                var value = item.Groups[1].Value;
                if (value == "*")
                {
                    yield return (0, 65535);
                    continue;
                }

                var dash = value.IndexOf('-', StringComparison.Ordinal);
                yield return dash > 0 ? (Number(value[..dash]), Number(value[(dash + 1)..])) : (Number(value), Number(value));
            }
        }
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    [GeneratedRegex(@"(?m)""0\.0\.0\.0/0""|""::/0""|source_address_prefix\s*=\s*""(\*|Internet|Any|0\.0\.0\.0/0)""|source_ranges\s*=\s*\[[^\]]*""0\.0\.0\.0/0""")]
    private static partial Regex World();

    // Azure rules that deny, and outbound ones, open nothing.
    [GeneratedRegex(@"(?im)access\s*=\s*""Deny""|direction\s*=\s*""(Outbound|EGRESS)""|type\s*=\s*""egress""")]
    private static partial Regex Denies();

    [GeneratedRegex(@"(?m)\bfrom_port\s*=\s*(\d+)")]
    private static partial Regex FromPort();

    [GeneratedRegex(@"(?m)\bto_port\s*=\s*(\d+)")]
    private static partial Regex ToPort();

    // destination_port_range = "22", destination_port_ranges = ["22", "3389"], ports = ["22", "1000-2000"]
    [GeneratedRegex(@"(?m)\b(?:destination_port_ranges?|ports)\s*=\s*(?<list>\[[^\]]*\]|""[^""]*"")")]
    private static partial Regex QuotedPorts();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex Item();
}
