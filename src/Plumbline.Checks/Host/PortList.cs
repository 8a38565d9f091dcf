using System.Globalization;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Host;

/// <summary>Reads <c>--ports</c>: ports and ranges, comma-separated (<c>22,80,8000-8010</c>).</summary>
public static class PortList
{
    /// <summary>The ports, in the order given and without repeats, or one error naming the bad part.</summary>
    public static ParseResult<IReadOnlyList<int>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ports = new List<int>();
        var seen = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            var (first, last) = dash > 0 ? (Number(part[..dash]), Number(part[(dash + 1)..])) : (Number(part), Number(part));
            if (first is null || last is null || first > last)
            {
                return ParseResult<IReadOnlyList<int>>.Fail(new InputError("--ports", $"'{part}' is not a port from 1 to 65535 or a range such as 8000-8010"));
            }

            for (var p = first.Value; p <= last.Value; p++)
            {
                if (seen.Add(p))
                {
                    ports.Add(p);
                }
            }
        }

        return ports.Count == 0
            ? ParseResult<IReadOnlyList<int>>.Fail(new InputError("--ports", "name at least one port, e.g. --ports 22,443 or --ports 8000-8010"))
            : ParseResult<IReadOnlyList<int>>.Ok(ports);
    }

    private static int? Number(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535 ? n : null;
}
