using System.CommandLine;
using System.Globalization;
using Plumbline.Checks.Host;
using Plumbline.Checks.Net;
using Plumbline.Checks.Runs;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb check host TARGET…</c>: which services the named addresses expose, probed read-only (docs/host.md).</summary>
internal static class CheckHostCommand
{
    /// <summary>A host check touches many ports; its whole-run deadline is longer than a site's.</summary>
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(600);

    public static Command Create(CliContext cli)
    {
        var targets = new Argument<string[]>("target") { Description = "Host names, IP addresses or CIDR ranges (e.g. 203.0.113.0/28); nothing beyond them is scanned", Arity = ArgumentArity.OneOrMore };
        var ports = new Option<string?>("--ports") { Description = "Ports to try instead of the built-in list, e.g. 22,443,8000-8010" };
        var maxAddresses = new Option<string?>("--max-addresses") { Description = $"Addresses one run may touch (default {HostTargets.DefaultCap}, at most {HostTargets.MaxCap})" };
        var rate = new Option<string?>("--rate") { Description = "New connections per second at most (default 50, at most 1000)" };
        var connectTimeout = new Option<string?>("--connect-timeout") { Description = "Seconds a connection may take before the port counts as filtered (default 3)" };
        var command = new Command("host", "Check which services host names, IPs or CIDR ranges expose (RDP, SMB, databases, Docker API, FTP/Telnet, old versions, certificates), probed read-only")
        {
            targets, ports, maxAddresses, rate, connectTimeout,
        };
        var shared = CheckCommandOptions.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (shared.Read(cli, parse, NetworkOptions.Default with { Timeout = TimeSpan.FromSeconds(5), Deadline = DefaultDeadline }, out var exitCode) is not { } invocation)
            {
                return exitCode;
            }

            IReadOnlyList<int> portList = [];
            if (parse.GetValue(ports) is { } portText)
            {
                var parsed = PortList.Parse(portText);
                if (!parsed.Success)
                {
                    return cli.InputErrors(parsed.Errors);
                }

                portList = parsed.Value;
            }

            var (cap, capError) = Whole(parse.GetValue(maxAddresses), "--max-addresses", HostTargets.DefaultCap, 1, HostTargets.MaxCap);
            var (perSecond, rateError) = Whole(parse.GetValue(rate), "--rate", 50, 1, 1000);
            var (connectSeconds, connectError) = Whole(parse.GetValue(connectTimeout), "--connect-timeout", 3, 1, 60);
            if ((capError ?? rateError ?? connectError) is { } numberError)
            {
                return cli.InputError(numberError);
            }

            var settings = new HostCheckSettings(invocation.Run)
            {
                Ports = portList,
                MaxAddresses = cap,
                Rate = perSecond,
                ConnectTimeout = TimeSpan.FromSeconds(connectSeconds),
            };
            var names = parse.GetValue(targets) ?? [];
            var report = await HostCheck.RunAsync(names, settings, cancellationToken);
            if (!report.Success)
            {
                return cli.InputErrors(report.Errors);
            }

            var baseName = names.Length == 1 ? names[0].Replace('/', '_').Replace(':', '_').Replace('.', '-') : $"{names.Length}-targets";
            return ReportOutput.Emit(cli, report.Value, invocation.Request, ReportOutput.BaseName("host", baseName));
        });
        return command;
    }

    private static (int Value, string? Error) Whole(string? text, string option, int fallback, int min, int max)
    {
        if (text is null)
        {
            return (fallback, null);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? (n, null)
            : (0, $"{option} '{text}' is not a whole number from {min} to {max}");
    }
}
