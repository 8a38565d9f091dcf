using System.CommandLine;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb check</c>: the outside-in checks, <c>check domain</c> and <c>check site</c>.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext cli) =>
        new("check", "Check a domain's mail and DNS security, or a website's HTTPS and headers, from the outside")
        {
            CheckDomainCommand.Create(cli),
            CheckSiteCommand.Create(cli),
        };
}
