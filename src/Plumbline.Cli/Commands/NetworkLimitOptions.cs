using System.CommandLine;
using System.Globalization;
using Plumbline.Checks.Net;

namespace Plumbline.Cli.Commands;

/// <summary>The <c>--timeout</c> and <c>--deadline</c> options of the network checks: how long one request, and the
/// whole check, may take (docs/site.md, docs/domain.md).</summary>
internal sealed class NetworkLimitOptions
{
    private readonly Option<string?> _timeout = new("--timeout")
    {
        Description = "Seconds one request may take, body included (default 10)",
    };

    private readonly Option<string?> _deadline = new("--deadline")
    {
        Description = "Seconds the whole check may take (default 120)",
    };

    public static NetworkLimitOptions AddTo(Command command)
    {
        var o = new NetworkLimitOptions();
        command.Options.Add(o._timeout);
        command.Options.Add(o._deadline);
        return o;
    }

    /// <summary>The options applied to <paramref name="network"/>, or one error naming the option.</summary>
    public (NetworkOptions? Network, string? Error) Read(ParseResult parse, NetworkOptions network)
    {
        var (timeout, timeoutError) = Seconds(parse.GetValue(_timeout), "--timeout", network.Timeout);
        if (timeout is null)
        {
            return (null, timeoutError);
        }

        var (deadline, deadlineError) = Seconds(parse.GetValue(_deadline), "--deadline", network.Deadline);
        return deadline is null ? (null, deadlineError) : (network with { Timeout = timeout.Value, Deadline = deadline.Value }, null);
    }

    private static (TimeSpan? Value, string? Error) Seconds(string? text, string option, TimeSpan fallback)
    {
        if (text is null)
        {
            return (fallback, null);
        }

        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 3600
            ? (TimeSpan.FromSeconds(seconds), null)
            : (null, $"{option} '{text}' is not a number of seconds from 0.1 to 3600");
    }
}
