using System.CommandLine;
using Plumbline.Checks.Domain;
using Plumbline.Checks.Runs;
using Plumbline.Cli.Input;
using Plumbline.Cli.Output;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb check domain DOMAIN</c>: MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, CAA, DNSSEC and nameservers.</summary>
internal static class CheckDomainCommand
{
    public static Command Create(CliContext cli)
    {
        var domainArgument = new Argument<string>("domain") { Description = "The domain to check, e.g. example.com" };
        var dnsServer = new Option<string?>("--dns-server") { Description = "Ask this DNS server (IP[:PORT]) instead of the system's resolvers" };
        var selectors = new Option<string[]>("--dkim-selector")
        {
            Description = "A DKIM selector to probe besides the common ones (repeatable)",
        };
        var allowMissing = new Option<bool>("--allow-missing") { Description = "Check the domain even when it does not exist (NXDOMAIN) instead of stopping with an input error" };
        var command = new Command("domain", "Check a domain's mail and DNS security: MX, SPF, DMARC, DKIM, MTA-STS, TLS-RPT, CAA, DNSSEC, nameservers")
        {
            domainArgument, dnsServer, selectors, allowMissing,
        };
        var shared = CheckCommandOptions.AddTo(command);

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (shared.Read(cli, parse, Plumbline.Checks.Net.NetworkOptions.Default, out var exitCode) is not { } invocation)
            {
                return exitCode;
            }

            var config = invocation.Config;

            var settings = DomainSettings.Read(config);
            if (!settings.Success)
            {
                return cli.InputErrors(settings.Errors);
            }

            var (domain, domainError) = DomainName.Normalize(parse.GetValue(domainArgument)!);
            if (domain is null)
            {
                return cli.InputError(domainError!);
            }

            var serverText = parse.GetValue(dnsServer) ?? settings.Value.DnsServer;
            System.Net.IPEndPoint? server = null;
            if (serverText is not null)
            {
                (server, var serverError) = DnsServerAddress.Parse(serverText);
                if (server is null)
                {
                    return cli.InputError($"--dns-server: {serverError}");
                }
            }

            var named = (parse.GetValue(selectors) ?? []).Concat(settings.Value.DkimSelectors).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (named.FirstOrDefault(s => !DomainSettings.IsSelector(s)) is { } badSelector)
            {
                return cli.InputError($"--dkim-selector: '{badSelector}' is not a DKIM selector (letters, digits, '-', '_' and '.')");
            }

            var report = await DomainCheck.RunAsync(domain, new DomainCheckSettings(invocation.Run)
            {
                DnsServer = server,
                ResolverName = serverText is null ? "the system's DNS resolver" : $"--dns-server {serverText}",
                DkimSelectors = named,
                AllowMissing = parse.GetValue(allowMissing),
            }, cancellationToken);
            if (!report.Success)
            {
                return cli.InputErrors(report.Errors);
            }

            return ReportOutput.Emit(cli, report.Value, invocation.Request, ReportOutput.BaseName("domain", domain.Replace('.', '-')));
        });
        return command;
    }
}
