using System.CommandLine;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb check</c>: the outside-in checks, <c>check domain</c>, <c>check site</c> and <c>check host</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext cli) =>
        new("check", "Check a domain's mail and DNS security, a website's HTTPS and headers, or the services a host exposes, from the outside")
        {
            CheckDomainCommand.Create(cli),
            CheckSiteCommand.Create(cli),
            CheckHostCommand.Create(cli),
        };
}
