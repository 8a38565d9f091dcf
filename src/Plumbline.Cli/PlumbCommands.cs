using System.CommandLine;
using Plumbline.Cli.Commands;

namespace Plumbline.Cli;

/// <summary>Every <c>plumb</c> subcommand, listed explicitly.</summary>
internal static class PlumbCommands
{
    public static IEnumerable<Command> All(CliContext cli) =>
    [
        PlanCommand.Create(cli),
        AuditCommand.Create(cli),
        CatalogCommand.Create(cli),
        AssessCommand.Create(cli),
        VulnDbCommand.Create(cli),
        EolDbCommand.Create(cli),
        CheckCommand.Create(cli),
        ReviewCommand.Create(cli),
        CompareCommand.Create(cli),
#if NATIVE
        .. WebCompanion.StandIns(),
#else
        ServeCommand.Create(cli),
        ExportCommand.Create(cli),
        ImportCommand.Create(cli),
#endif
    ];
}
